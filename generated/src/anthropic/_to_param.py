"""What every generated `to_param()` runs: a response object as the dict its request type takes."""

from __future__ import annotations

from typing import Any, Dict, List, Tuple, Callable, Optional, cast

from ._models import BaseModel

__all__ = ["model_to_param"]


def model_to_param(model: BaseModel, fields: Tuple[str, ...], nullable: Tuple[str, ...] = ()) -> Dict[str, object]:
    """`model` as a request dict.

    `fields` are the attribute names the request type also has (everything else, including fields the
    API added that this SDK does not know, is left out); each goes under its API name. A `None` is kept
    only for the names in `nullable` (the request takes null there) and only when the API sent it.
    Nested objects become their own request form, through their `to_param()`.
    """
    sent = model.model_fields_set
    declared = type(model).model_fields
    out: Dict[str, object] = {}
    for name in fields:
        value: object = getattr(model, name, None)
        if value is None and (name not in nullable or name not in sent):
            continue
        out[declared[name].alias or name] = _as_param(value)
    return out


def _as_param(value: object) -> object:
    if isinstance(value, BaseModel):
        to_param = cast(Optional[Callable[[], object]], getattr(value, "to_param", None))
        if to_param is not None:
            return to_param()
        # A block this SDK does not know yet: sent back as the API gave it.
        return value.to_dict()
    if isinstance(value, list):
        return [_as_param(item) for item in cast(List[object], value)]
    if isinstance(value, dict):
        return {key: _as_param(item) for key, item in cast(Dict[Any, object], value).items()}
    return value
