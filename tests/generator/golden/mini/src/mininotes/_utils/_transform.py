"""Turn user-supplied params into JSON bodies and query dicts."""

from __future__ import annotations

import base64
import pathlib
import datetime
from typing import Any, Dict, Tuple, Mapping, TypeVar, Iterable, Optional, cast

import pydantic
from typing_extensions import Literal, get_type_hints

from .._types import Omit, NotGiven
from ._common import is_given, lru_cache, is_mapping
from ._typing import (
    get_args,
    is_list_type,
    is_typeddict,
    is_union_type,
    is_iterable_type,
    is_sequence_type,
    is_annotated_type,
    strip_annotated_type,
)

_T = TypeVar("_T")

PropertyFormat = Literal["iso8601", "base64", "custom"]


class PropertyInfo:
    """Metadata placed in `Annotated[...]` on generated params and models.

    - `alias`: the wire name when it differs from the Python name.
    - `format`: how to serialise the value (`iso8601` dates, `base64` file contents).
    - `discriminator`: the tag field of a discriminated union.
    """

    alias: Optional[str]
    format: Optional[PropertyFormat]
    format_template: Optional[str]
    discriminator: Optional[str]

    def __init__(
        self,
        *,
        alias: Optional[str] = None,
        format: Optional[PropertyFormat] = None,
        format_template: Optional[str] = None,
        discriminator: Optional[str] = None,
    ) -> None:
        self.alias = alias
        self.format = format
        self.format_template = format_template
        self.discriminator = discriminator

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__name__}(alias={self.alias!r}, format={self.format!r}, "
            f"format_template={self.format_template!r}, discriminator={self.discriminator!r})"
        )


def _is_omitted(value: object) -> bool:
    return isinstance(value, (NotGiven, Omit))


def build_body(values: Mapping[str, object]) -> Dict[str, object]:
    """A JSON-ready copy of `values` with omitted entries removed.

    Models are dumped in JSON mode with `exclude_unset=True` so "never set" stays
    distinct from an explicit null; unknown keys are kept untouched.
    """
    return {key: _jsonable(value) for key, value in values.items() if not _is_omitted(value)}


def _jsonable(value: object) -> object:
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, Mapping):
        entries = cast("Mapping[object, object]", value).items()
        return {key: _jsonable(item) for key, item in entries if not _is_omitted(item)}
    if isinstance(value, pydantic.BaseModel):
        # `__api_exclude__` names fields that exist only client-side (a parsed text block's
        # `parsed_output`), so a response object passed back in a request sends what the API knows.
        exclude = getattr(value, "__api_exclude__", None)
        return value.model_dump(
            mode="json", exclude_unset=True, by_alias=True, exclude=set(exclude) if exclude else None
        )
    if isinstance(value, datetime.datetime) or isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray)):
        return value
    if isinstance(value, Iterable):
        # generators, tuples, sets, ...: JSON only knows arrays
        return [_jsonable(item) for item in cast("Iterable[object]", value) if not _is_omitted(item)]
    return value


def build_query(values: Optional[Mapping[str, object]]) -> Dict[str, object]:
    """Query params with omitted entries removed and booleans spelled as the API expects."""
    if not values:
        return {}
    return {key: _query_value(value) for key, value in values.items() if not _is_omitted(value)}


def _query_value(value: object) -> object:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, Mapping):
        entries = cast("Mapping[object, object]", value).items()
        return {key: _query_value(item) for key, item in entries if not _is_omitted(item)}
    if isinstance(value, (list, tuple)):
        return [_query_value(item) for item in cast("Iterable[object]", value)]
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return value


# ---------------------------------------------------------------------------
# Typed transform: applies `PropertyInfo` aliases/formats declared on TypedDict
# params, then falls back to `build_body` rules for everything else.


def maybe_transform(data: object, expected_type: object) -> Any:
    if data is None:
        return None
    return transform(data, expected_type)


async def async_maybe_transform(data: object, expected_type: object) -> Any:
    return maybe_transform(data, expected_type)


def transform(data: _T, expected_type: object) -> _T:
    # The wire form of `data`: the same shape, with aliases and formats applied.
    return cast(_T, _transform(data, expected_type))


async def async_transform(data: _T, expected_type: object) -> _T:
    return transform(data, expected_type)


@lru_cache(maxsize=4096)
def _typeddict_fields(td: Any) -> Dict[str, Tuple[str, Any, Optional[str]]]:
    """Map python key -> (wire key, field type, format) for one TypedDict."""
    hints = get_type_hints(td, include_extras=True)
    out: Dict[str, Tuple[str, Any, Optional[str]]] = {}
    for key, hint in hints.items():
        info = _property_info(hint)
        out[key] = (info.alias if info and info.alias else key, hint, info.format if info else None)
    return out


def _property_info(tp: object) -> Optional[PropertyInfo]:
    while True:
        if is_annotated_type(tp):
            for meta in get_args(tp)[1:]:
                if isinstance(meta, PropertyInfo):
                    return meta
            tp = get_args(tp)[0]
        else:
            stripped = strip_annotated_type(tp)
            if stripped is tp:
                return None
            tp = stripped


def _transform(value: object, tp: object) -> object:
    if _is_omitted(value):
        return value
    info = _property_info(tp)
    tp = strip_annotated_type(tp)
    if info is not None and info.format is not None:
        return _format(value, info.format)

    if is_typeddict(tp) and is_mapping(value):
        fields = _typeddict_fields(tp)
        result: Dict[str, object] = {}
        for key, item in value.items():
            if _is_omitted(item):
                continue
            if key in fields:
                wire, field_tp, _ = fields[key]
                result[wire] = _transform(item, field_tp)
            else:
                result[key] = _jsonable(item)
        return result

    if (is_list_type(tp) or is_iterable_type(tp) or is_sequence_type(tp)) and _is_array_like(value):
        args = get_args(tp)
        inner = args[0] if args else object
        return [_transform(item, inner) for item in cast("Iterable[object]", value) if not _is_omitted(item)]

    if is_union_type(tp) and is_mapping(value):
        keys = set(value)
        for member in get_args(tp):
            member = strip_annotated_type(member)
            if is_typeddict(member) and keys <= set(_typeddict_fields(member)):
                return _transform(value, member)

    return _jsonable(value)


def _is_array_like(value: object) -> bool:
    # a function, so the narrowing stays here: `value` keeps its type in `_transform`
    return isinstance(value, Iterable) and not isinstance(value, (str, bytes, Mapping))


def _format(value: object, fmt: str) -> object:
    if fmt == "iso8601" and isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if fmt == "base64":
        encoded = _base64(value)
        if encoded is not None:
            return encoded
    return _jsonable(value)


def _base64(value: object) -> Optional[str]:
    """Bytes, a path or a readable file as base64 text; None for anything else."""
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, pathlib.PurePath) or hasattr(value, "__fspath__"):
        return base64.b64encode(pathlib.Path(cast(Any, value)).read_bytes()).decode("ascii")
    read = getattr(value, "read", None)
    if callable(read):
        data = read()
        return base64.b64encode(data.encode() if isinstance(data, str) else cast(bytes, data)).decode("ascii")
    return None


__all__ = [
    "PropertyInfo",
    "build_body",
    "build_query",
    "maybe_transform",
    "async_maybe_transform",
    "transform",
    "async_transform",
    "is_given",
]
