"""Base model for API objects, request options, and response-value construction."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Set, Dict, Type, Union, Mapping, TypeVar, Callable, ClassVar, Optional, cast

import pydantic
from pydantic import ConfigDict
from typing_extensions import Literal, override

from ._types import (
    Body,
    Query,
    Headers,
    Timeout,
    NotGiven,
    AnyMapping,
    HttpxRequestFiles,
    not_given,
)
from ._construct import validate_type, construct_type, construct_type_unchecked
from ._utils._common import is_given

__all__ = [
    "BaseModel",
    "GenericModel",
    "FinalRequestOptions",
    "construct_type",
    "construct_type_unchecked",
    "validate_type",
    "add_request_id",
    "is_basemodel",
    "is_basemodel_type",
]

_T = TypeVar("_T")


class BaseModel(pydantic.BaseModel):
    """Base of every API object.

    Unknown fields returned by the API are kept (`model_extra`, attribute access),
    and `model_fields_set` records which fields the API actually sent, so
    "explicit null" and "missing" stay distinguishable.
    """

    # defer_build: building validators for hundreds of generated types at import
    # time dominates import cost; they are built on first use instead.
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=os.environ.get("DEFER_PYDANTIC_BUILD", "true").lower() in ("true", "1", "on"),
        protected_namespaces=(),
    )

    if TYPE_CHECKING:
        # Set on the top-level object parsed from a response (from the `request-id`
        # header). Kept out of `__dict__` fields so it never shows up in dumps.
        _request_id: Optional[str] = None

    def to_dict(
        self,
        *,
        mode: Literal["json", "python"] = "python",
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> Dict[str, object]:
        """A dict of this object; by default only the fields the API sent, under their API names."""
        return self.model_dump(
            mode=mode,
            by_alias=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=warnings,
        )

    def to_json(
        self,
        *,
        indent: Optional[int] = 2,
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> str:
        """A JSON string of this object; same field selection as `to_dict`."""
        return self.model_dump_json(
            indent=indent,
            by_alias=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=warnings,
        )

    @override
    def __str__(self) -> str:
        return super().__repr__()  # `Name(field=value, ...)`, where pydantic's __str__ leaves out the name

    @classmethod
    @override
    def construct(cls: Type[_ModelT], _fields_set: Optional[Set[str]] = None, **values: object) -> _ModelT:
        """Build without raising, recursively constructing nested models from dicts."""
        obj = construct_type_unchecked(value=values, type_=cls)
        if _fields_set is not None and isinstance(obj, pydantic.BaseModel):
            object.__setattr__(obj, "__pydantic_fields_set__", set(_fields_set))
        return cast(_ModelT, obj)


_ModelT = TypeVar("_ModelT", bound=BaseModel)


class GenericModel(BaseModel):
    """Base for generic models (`class Page(GenericModel, Generic[T])`); pydantic v2 needs nothing extra."""


def add_request_id(obj: BaseModel, request_id: Optional[str]) -> None:
    # plain attribute: pydantic leaves undeclared `_x` names out of fields, dumps and reprs
    object.__setattr__(obj, "_request_id", request_id)


def is_basemodel(obj: object) -> bool:
    return isinstance(obj, BaseModel)


def is_basemodel_type(tp: object) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)


class FinalRequestOptions:
    """Everything needed to build one HTTP request, before defaults are merged in.

    A plain class rather than a pydantic model: it is built for every request and
    copied on every retry, so it should be cheap.
    """

    __slots__ = (
        "method",
        "url",
        "params",
        "headers",
        "max_retries",
        "timeout",
        "files",
        "idempotency_key",
        "post_parser",
        "json_data",
        "extra_json",
        "follow_redirects",
        "content",
    )

    method: str
    url: str
    params: Query
    headers: Union[Headers, NotGiven]
    max_retries: Union[int, NotGiven]
    timeout: Union[float, Timeout, None, NotGiven]
    files: Optional[HttpxRequestFiles]
    idempotency_key: Optional[str]
    post_parser: Union[Callable[[Any], Any], NotGiven]
    json_data: Union[Body, None]
    extra_json: Optional[AnyMapping]
    follow_redirects: Optional[bool]
    content: Optional[object]

    def __init__(
        self,
        *,
        method: str,
        url: str,
        params: Optional[Query] = None,
        headers: Union[Headers, NotGiven] = not_given,
        max_retries: Union[int, NotGiven] = not_given,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        files: Optional[HttpxRequestFiles] = None,
        idempotency_key: Optional[str] = None,
        post_parser: Union[Callable[[Any], Any], NotGiven] = not_given,
        json_data: Union[Body, None] = None,
        extra_json: Optional[AnyMapping] = None,
        follow_redirects: Optional[bool] = None,
        content: Optional[object] = None,
    ) -> None:
        self.method = method
        self.url = url
        self.params = params if params is not None else {}
        self.headers = headers
        self.max_retries = max_retries
        self.timeout = timeout
        self.files = files
        self.idempotency_key = idempotency_key
        self.post_parser = post_parser
        self.json_data = json_data
        self.extra_json = extra_json
        self.follow_redirects = follow_redirects
        self.content = content

    @classmethod
    def construct(cls, **values: Any) -> "FinalRequestOptions":
        """Build from `make_request_options()` output plus method/url; omitted values are ignored."""
        return cls(**values)

    def get_max_retries(self, max_retries: int) -> int:
        return self.max_retries if is_given(self.max_retries) else max_retries

    def model_copy(self) -> "FinalRequestOptions":
        """A shallow copy whose mutable containers are also copied, so a retry sees the original input."""
        new = object.__new__(FinalRequestOptions)
        for name in self.__slots__:
            object.__setattr__(new, name, getattr(self, name))
        new.params = dict(self.params)
        if isinstance(self.headers, Mapping):
            new.headers = dict(self.headers)
        return new

    copy = model_copy

    def to_log_dict(self) -> Dict[str, object]:
        """Fields worth logging; headers are left out (see `_utils._logs.redact_headers`)."""
        return {
            "method": self.method,
            "url": self.url,
            "params": self.params,
            "json_data": self.json_data,
            "timeout": self.timeout,
            "max_retries": self.max_retries,
        }

    def __repr__(self) -> str:
        # headers can hold credentials passed through extra_headers: never show them
        return f"FinalRequestOptions(method={self.method!r}, url={self.url!r})"
