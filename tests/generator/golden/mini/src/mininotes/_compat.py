"""Thin pydantic-v2 helpers kept under the names generated code and helpers import."""

from __future__ import annotations

from typing import Any, Dict, Type, TypeVar, Optional, cast
from functools import cached_property as cached_property

import pydantic
from typing_extensions import Literal

from ._utils._typing import (
    get_args as get_args,
    is_union as is_union,
    get_origin as get_origin,
    is_typeddict as is_typeddict,
    is_literal_type as is_literal_type,
)

PYDANTIC_V1 = False  # only pydantic v2 is supported

_ModelT = TypeVar("_ModelT", bound=pydantic.BaseModel)
_CopyableT = TypeVar("_CopyableT")


def model_copy(model: _CopyableT, *, deep: bool = False) -> _CopyableT:
    # FinalRequestOptions is not a pydantic model but offers the same method
    if isinstance(model, pydantic.BaseModel):
        return cast(_CopyableT, model.model_copy(deep=deep))
    return cast(_CopyableT, cast(Any, model).model_copy())


def model_dump(
    model: pydantic.BaseModel,
    *,
    exclude: Any = None,
    exclude_unset: bool = False,
    exclude_defaults: bool = False,
    warnings: bool = True,
    mode: Literal["json", "python"] = "python",
    by_alias: Optional[bool] = None,
) -> Dict[str, Any]:
    return model.model_dump(
        mode=mode,
        exclude=exclude,
        exclude_unset=exclude_unset,
        exclude_defaults=exclude_defaults,
        warnings=warnings,
        by_alias=bool(by_alias),
    )


def model_json(model: pydantic.BaseModel, *, indent: Optional[int] = None) -> str:
    return model.model_dump_json(indent=indent)


def model_parse(model: Type[_ModelT], data: Any) -> _ModelT:
    return model.model_validate(data)


parse_obj = model_parse
