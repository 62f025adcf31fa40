"""Small helpers for introspecting `typing` constructs at runtime."""

from __future__ import annotations

import sys
import typing
from typing import Any, Tuple, Union, TypeVar, Iterable, Sequence
from collections import abc as _abc

import typing_extensions
from typing_extensions import Literal, Required, Annotated, NotRequired, get_args, get_origin

__all__ = [
    "get_args",
    "get_origin",
    "is_annotated_type",
    "strip_annotated_type",
    "is_union_type",
    "is_union",
    "is_literal_type",
    "is_list_type",
    "is_iterable_type",
    "is_sequence_type",
    "is_required_type",
    "is_type_alias_type",
    "is_typeddict",
    "extract_type_arg",
    "extract_type_var_from_base",
]

if sys.version_info >= (3, 10):
    import types

    _UNION_ORIGINS: Tuple[Any, ...] = (Union, types.UnionType)
else:
    _UNION_ORIGINS: Tuple[Any, ...] = (Union,)

_TYPE_ALIAS_TYPES: Tuple[type, ...] = tuple(
    {getattr(typing, "TypeAliasType", None), getattr(typing_extensions, "TypeAliasType", None)} - {None}  # type: ignore[arg-type]
)


def is_union(origin: object) -> bool:
    return origin in _UNION_ORIGINS


def is_union_type(tp: object) -> bool:
    return get_origin(tp) in _UNION_ORIGINS


def is_annotated_type(tp: object) -> bool:
    return get_origin(tp) is Annotated


def is_literal_type(tp: object) -> bool:
    return get_origin(tp) is Literal


def is_list_type(tp: object) -> bool:
    return (get_origin(tp) or tp) is list


def is_iterable_type(tp: object) -> bool:
    return (get_origin(tp) or tp) in (_abc.Iterable, Iterable)


def is_sequence_type(tp: object) -> bool:
    return (get_origin(tp) or tp) in (_abc.Sequence, Sequence)


def is_required_type(tp: object) -> bool:
    return get_origin(tp) in (Required, NotRequired)


def is_type_alias_type(tp: object) -> bool:
    return bool(_TYPE_ALIAS_TYPES) and isinstance(tp, _TYPE_ALIAS_TYPES)


def is_typeddict(tp: object) -> bool:
    return typing_extensions.is_typeddict(tp)


def strip_annotated_type(tp: Any) -> Any:
    """`Required[Annotated[T, ...]]` -> `T` (any nesting of the wrappers)."""
    while True:
        if is_type_alias_type(tp):
            tp = tp.__value__
        elif is_required_type(tp) or is_annotated_type(tp):
            tp = get_args(tp)[0]
        else:
            return tp


def extract_type_arg(tp: Any, index: int) -> Any:
    args = get_args(tp)
    try:
        return args[index]
    except IndexError as err:
        raise RuntimeError(f"Expected type {tp} to have a type argument at index {index} but it did not") from err


def extract_type_var_from_base(
    typ: Any,
    *,
    generic_bases: Tuple[type, ...],
    index: int,
    failure_message: str | None = None,
) -> Any:
    """Find the type argument bound to one of `generic_bases`.

    Works both for `Stream[Foo]` and for `class FooStream(Stream[Foo])`.
    """
    origin = get_origin(typ) or typ
    if origin in generic_bases:
        return extract_type_arg(typ, index)

    if isinstance(origin, type):
        for base in getattr(origin, "__orig_bases__", ()):
            base_origin = get_origin(base)
            if base_origin in generic_bases or (
                isinstance(base_origin, type) and issubclass(base_origin, generic_bases)
            ):
                arg = extract_type_arg(base, index)
                if not isinstance(arg, TypeVar):
                    return arg
                # `class X(Stream[_T])` re-exposes a type var: resolve it from `typ`'s own args
                return extract_type_arg(typ, index)
    raise RuntimeError(failure_message or f"Could not resolve inner type variable at index {index} for {typ}")
