"""Turn decoded JSON into typed values.

Policy: validate with pydantic first (fast, exact). If that fails, rebuild the
value leniently so that a newer API (new enum values, new content-block types,
dropped fields) never breaks older SDK code: nothing raises and nothing is
dropped. Strict mode (`validate_type`) skips the fallback.
"""

from __future__ import annotations

import enum
import inspect
import datetime
from typing import Any, Set, Dict, List, Type, Tuple, TypeVar, Optional, cast

import pydantic
from pydantic import TypeAdapter

from ._utils._common import lru_cache
from ._utils._typing import (
    get_args,
    is_union,
    get_origin,
    is_literal_type,
    is_annotated_type,
    is_type_alias_type,
    strip_annotated_type,
)
from ._utils._transform import PropertyInfo

__all__ = ["construct_type", "construct_type_unchecked", "validate_type"]

_T = TypeVar("_T")
# Decoded JSON: an object has string keys.
_JSONObject = Dict[str, object]
_JSONArray = List[object]


@lru_cache(maxsize=None)
def _adapter(type_: Any) -> TypeAdapter[Any]:
    return TypeAdapter(type_)


def _hashable(type_: object) -> bool:
    try:
        hash(type_)
    except TypeError:
        return False
    return True


def validate_type(*, type_: Type[_T], value: object) -> _T:
    """Strict path: pydantic validation, raising `pydantic.ValidationError` on mismatch."""
    if inspect.isclass(type_) and issubclass(type_, pydantic.BaseModel):
        return cast(_T, type_.model_validate(value))
    adapter = _adapter(type_) if _hashable(type_) else TypeAdapter(type_)
    return cast(_T, adapter.validate_python(value))


def construct_type(*, value: object, type_: object, metadata: Optional[Tuple[object, ...]] = None) -> object:
    """Validate when possible, otherwise build leniently; never raises for data-shape problems."""
    try:
        return validate_type(type_=cast(Any, type_), value=value)
    except (pydantic.ValidationError, TypeError, ValueError):
        # TypeError/ValueError: some types (e.g. forward refs not yet resolvable) fail
        # while building the validator; the lenient path doesn't need one.
        return construct_type_unchecked(value=value, type_=type_, metadata=metadata)


def construct_type_unchecked(*, value: object, type_: object, metadata: Optional[Tuple[object, ...]] = None) -> Any:
    """Recursive best-effort construction; values that don't fit are kept as-is."""
    return _build(value, type_, tuple(metadata or ()))


def _discriminator_of(metadata: Tuple[object, ...]) -> Optional[str]:
    for meta in metadata:
        if isinstance(meta, PropertyInfo) and meta.discriminator:
            return meta.discriminator
        disc = getattr(meta, "discriminator", None)  # pydantic FieldInfo / Discriminator
        if isinstance(disc, str):
            return disc
    return None


def _unwrap(type_: Any, metadata: Tuple[object, ...]) -> Tuple[Any, Tuple[object, ...]]:
    while True:
        if is_type_alias_type(type_):
            type_ = type_.__value__
        elif is_annotated_type(type_):
            args = get_args(type_)
            metadata = metadata + tuple(args[1:])
            type_ = args[0]
        else:
            stripped = strip_annotated_type(type_)
            if stripped is type_:
                return type_, metadata
            type_ = stripped


def _build(value: object, type_: Any, metadata: Tuple[object, ...]) -> Any:
    type_, metadata = _unwrap(type_, metadata)
    if value is None or type_ is Any or type_ is object:
        return value

    origin = get_origin(type_)

    if is_union(origin):
        return _build_union(value, get_args(type_), _discriminator_of(metadata))

    if inspect.isclass(type_) and issubclass(type_, pydantic.BaseModel):
        if isinstance(value, type_):
            return value
        if isinstance(value, dict):
            return _build_model(type_, cast(_JSONObject, value))
        return value

    if origin is not None and inspect.isclass(origin) and issubclass(origin, pydantic.BaseModel):
        # parametrised generic model, e.g. Page[Item]
        if isinstance(value, dict):
            return _build_model(type_, cast(_JSONObject, value))
        return value

    if is_literal_type(type_):
        return value  # an unknown literal is kept as the raw value

    if origin in (list, List) or origin in (tuple, set, frozenset) or _is_seq_origin(origin):
        if not isinstance(value, list):
            return value
        args = get_args(type_)
        inner = args[0] if args else Any
        return [_build(item, inner, ()) for item in cast(_JSONArray, value)]

    if origin in (dict, Dict) or _is_mapping_origin(origin):
        if not isinstance(value, dict):
            return value
        args = get_args(type_)
        inner = args[1] if len(args) == 2 else Any
        return {key: _build(item, inner, ()) for key, item in cast(_JSONObject, value).items()}

    if inspect.isclass(type_) and issubclass(type_, enum.Enum):
        try:
            return type_(value)
        except ValueError:
            return value

    if type_ is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)

    if type_ in (datetime.datetime, datetime.date):
        try:
            return _adapter(type_).validate_python(value)
        except pydantic.ValidationError:
            return value

    return value


def _is_seq_origin(origin: Any) -> bool:
    import collections.abc as abc

    return origin in (abc.Sequence, abc.Iterable, abc.MutableSequence)


def _is_mapping_origin(origin: Any) -> bool:
    import collections.abc as abc

    return origin in (abc.Mapping, abc.MutableMapping)


def _build_model(model: Any, data: Dict[str, object]) -> Any:
    fields = _model_fields(model)
    values: Dict[str, object] = {}
    extras: Dict[str, object] = {}
    fields_set: Set[str] = set()
    for key, raw in data.items():
        spec = fields.get(key)
        if spec is None:
            extras[key] = raw
            continue
        name, annotation, meta = spec
        values[name] = _build(raw, annotation, meta)
        fields_set.add(name)
    _ensure_built(model)
    obj = model.model_construct(_fields_set=fields_set, **values)
    if extras:
        # model_construct would only accept extras under their original keys
        # when extra="allow"; set them explicitly so they are always kept.
        current = getattr(obj, "__pydantic_extra__", None)
        if current is None:
            object.__setattr__(obj, "__pydantic_extra__", dict(extras))
        else:
            current.update(extras)
    return obj


@lru_cache(maxsize=None)
def _model_fields(model: Any) -> Dict[str, Tuple[str, Any, Tuple[object, ...]]]:
    """wire key -> (attribute name, annotation, metadata); both alias and name are accepted."""
    out: Dict[str, Tuple[str, Any, Tuple[object, ...]]] = {}
    for name, field in model.model_fields.items():
        spec = (name, field.annotation, tuple(field.metadata) + ((field,) if field.discriminator else ()))
        out[name] = spec
        if field.alias:
            out[field.alias] = spec
    return out


def _build_union(value: object, members: Tuple[Any, ...], discriminator: Optional[str]) -> Any:
    obj = _json_object(value)
    if obj is not None:
        tag_field = discriminator or _implicit_discriminator(members)
        if tag_field is not None:
            mapping = _tag_mapping(members, tag_field)
            tag = obj.get(tag_field)
            if isinstance(tag, str):
                if tag in mapping:
                    return _build(obj, mapping[tag], ())
                # a member the SDK doesn't know yet: keep every field as an attribute
                return _plain_model(obj)

    # no tag to go by: the first member that validates wins
    for member in members:
        try:
            return validate_type(type_=member, value=value)
        except (pydantic.ValidationError, TypeError, ValueError):
            continue

    if obj is not None:
        models = [m for m in members if _is_model_class(_unwrap(m, ())[0])]
        if len(models) == 1:
            return _build(obj, models[0], ())
        return _plain_model(obj)
    items = _json_array(value)
    if items is not None:
        for member in members:
            inner, _ = _unwrap(member, ())
            if get_origin(inner) in (list, List) or _is_seq_origin(get_origin(inner)):
                return _build(items, inner, ())
    return value


# Checked outside the caller so that `value` keeps its declared type there.
def _json_object(value: object) -> Optional[_JSONObject]:
    return cast(_JSONObject, value) if isinstance(value, dict) else None


def _json_array(value: object) -> Optional[_JSONArray]:
    return cast(_JSONArray, value) if isinstance(value, list) else None


def _is_model_class(type_: Any) -> bool:
    return inspect.isclass(type_) and issubclass(type_, pydantic.BaseModel)


def _plain_model(value: Dict[str, object]) -> Any:
    from ._models import BaseModel

    _ensure_built(BaseModel)
    return BaseModel.model_construct(_fields_set=set(value), **value)


@lru_cache(maxsize=None)
def _ensure_built(model: Any) -> None:
    # With `defer_build`, a class that was never validated has only a placeholder
    # serializer; a leniently built instance of it can end up serialised on its
    # own (e.g. inside a union it doesn't match), so build it now.
    if not getattr(model, "__pydantic_complete__", True):
        try:
            model.model_rebuild(raise_errors=False)
        except Exception:  # a failed rebuild only costs us nicer serialisation
            pass


@lru_cache(maxsize=None)
def _tag_mapping(members: Tuple[Any, ...], field: str) -> Dict[str, Any]:
    mapping: Dict[str, Any] = {}
    for member in members:
        model, _ = _unwrap(member, ())
        if not (inspect.isclass(model) and issubclass(model, pydantic.BaseModel)):
            continue
        info = model.model_fields.get(field)
        if info is None:
            # the tag may be declared under an alias
            info = next((f for f in model.model_fields.values() if f.alias == field), None)
        if info is None:
            continue
        annotation, _ = _unwrap(info.annotation, ())
        if is_literal_type(annotation):
            for tag in get_args(annotation):
                mapping.setdefault(tag, model)
    return mapping


@lru_cache(maxsize=None)
def _implicit_discriminator(members: Tuple[Any, ...]) -> Optional[str]:
    """`type` when every model member declares it as a Literal (how API unions are shaped)."""
    models: List[Any] = []
    for member in members:
        model, _ = _unwrap(member, ())
        if inspect.isclass(model) and issubclass(model, pydantic.BaseModel):
            models.append(model)
        elif model is not type(None):
            return None
    if len(models) < 2:
        return None
    for model in models:
        info = model.model_fields.get("type")
        if info is None or not is_literal_type(_unwrap(info.annotation, ())[0]):
            return None
    return "type"
