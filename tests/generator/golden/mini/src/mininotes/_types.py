"""Shared type aliases and the two "leave this out" sentinels.

Generated resource methods use `NotGiven`/`Omit` defaults so that an explicit
`None` (which the API may treat as "null") can be told apart from "not passed".
"""

from __future__ import annotations

from os import PathLike
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    Dict,
    List,
    Type,
    Tuple,
    Union,
    Mapping,
    TypeVar,
    Callable,
    Iterable,
    Iterator,
    Optional,
    Sequence,
    AsyncIterable,
)

import httpx
import pydantic
from httpx import URL, Proxy, Timeout, Response, BaseTransport, AsyncBaseTransport
from typing_extensions import (
    Set,
    Literal,
    Protocol,
    TypeAlias,
    TypedDict,
    SupportsIndex,
    overload,
    override,
    runtime_checkable,
)

if TYPE_CHECKING:
    from ._models import BaseModel
    from ._response import APIResponse, AsyncAPIResponse
    from ._legacy_response import HttpxBinaryResponseContent

__all__ = [
    "AnyMapping",
    "AsyncBinaryTypes",
    "AsyncTransport",
    "Base64FileInput",
    "BinaryTypes",
    "Body",
    "FileContent",
    "FileTypes",
    "Headers",
    "HeadersLike",
    "HeadersLikeProtocol",
    "HttpxFileContent",
    "HttpxFileTypes",
    "HttpxRequestFiles",
    "HttpxSendArgs",
    "IncEx",
    "InheritsGeneric",
    "ModelBuilderProtocol",
    "ModelT",
    "NOT_GIVEN",
    "NoneType",
    "NotGiven",
    "NotGivenOr",
    "Omit",
    "PostParser",
    "ProxiesDict",
    "ProxiesTypes",
    "Query",
    "RequestFiles",
    "RequestOptions",
    "ResponseT",
    "SequenceNotStr",
    "StrBytesIntFloat",
    "Timeout",
    "Transport",
    "not_given",
    "omit",
]

Transport = BaseTransport
AsyncTransport = AsyncBaseTransport

Query = Mapping[str, object]
Body = object
AnyMapping = Mapping[str, object]
ModelT = TypeVar("ModelT", bound=pydantic.BaseModel)
_T = TypeVar("_T")

ProxiesDict = Dict["str | URL", Union[None, str, URL, Proxy]]
ProxiesTypes = Union[str, Proxy, ProxiesDict]

# `os.PathLike` only became subscriptable at runtime in 3.9 for some builds; keep
# the unsubscripted form for anything evaluated at runtime.
if TYPE_CHECKING:
    Base64FileInput = Union[IO[bytes], PathLike[str]]
    FileContent = Union[IO[bytes], bytes, PathLike[str]]
else:
    Base64FileInput = Union[IO[bytes], PathLike]
    FileContent = Union[IO[bytes], bytes, PathLike]

# Raw (non-multipart) request bodies.
BinaryTypes = Union[bytes, bytearray, IO[bytes], Iterable[bytes]]
AsyncBinaryTypes = Union[bytes, bytearray, IO[bytes], AsyncIterable[bytes]]

FileTypes = Union[
    FileContent,
    Tuple[Optional[str], FileContent],
    Tuple[Optional[str], FileContent, Optional[str]],
    Tuple[Optional[str], FileContent, Optional[str], Mapping[str, str]],
]
RequestFiles = Union[Mapping[str, FileTypes], Sequence[Tuple[str, FileTypes]]]

# What httpx itself accepts once paths have been read into bytes.
HttpxFileContent = Union[IO[bytes], bytes]
HttpxFileTypes = Union[
    HttpxFileContent,
    Tuple[Optional[str], HttpxFileContent],
    Tuple[Optional[str], HttpxFileContent, Optional[str]],
    Tuple[Optional[str], HttpxFileContent, Optional[str], Mapping[str, str]],
]
HttpxRequestFiles = Union[Mapping[str, HttpxFileTypes], Sequence[Tuple[str, HttpxFileTypes]]]

if TYPE_CHECKING:
    NoneType: Type[None]
else:
    NoneType = type(None)


class RequestOptions(TypedDict, total=False):
    headers: Headers
    max_retries: int
    timeout: Union[float, Timeout, None]
    params: Query
    extra_json: AnyMapping
    idempotency_key: str
    follow_redirects: bool


class Omit:
    """Sentinel meaning "drop this value", e.g. to remove a default header:

    `client.messages.create(..., extra_headers={"anthropic-version": omit})`
    """

    def __bool__(self) -> Literal[False]:
        return False

    @override
    def __repr__(self) -> str:
        return "omit"

    def __reduce__(self) -> str:
        return "omit"


omit = Omit()


class NotGiven(Omit):
    """Sentinel for "argument not passed", distinct from an explicit `None`.

    A kind of `Omit`, so code written before parameters took `omit` (`top_k=NOT_GIVEN`) still type-checks
    and means the same: the parameter is left out.

    It is falsy so `if timeout:`-style checks treat it as absent.
    """

    def __bool__(self) -> Literal[False]:
        return False

    @override
    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        # keep the singleton identity across copy/pickle
        return "NOT_GIVEN"


not_given = NOT_GIVEN = NotGiven()

NotGivenOr = Union[_T, NotGiven]


@runtime_checkable
class ModelBuilderProtocol(Protocol):
    @classmethod
    def build(cls: type[_T], *, response: Response, data: object) -> _T: ...


Headers = Mapping[str, Union[str, Omit]]


class HeadersLikeProtocol(Protocol):
    def get(self, __key: str) -> str | None: ...


HeadersLike = Union[Headers, HeadersLikeProtocol]

ResponseT = TypeVar(
    "ResponseT",
    bound=Union[
        object,
        str,
        None,
        "BaseModel",
        List[Any],
        Dict[str, Any],
        Response,
        ModelBuilderProtocol,
        "APIResponse[Any]",
        "AsyncAPIResponse[Any]",
        "HttpxBinaryResponseContent",
    ],
)

StrBytesIntFloat = Union[str, bytes, int, float]

IncEx: TypeAlias = Union[Set[int], Set[str], Mapping[int, Union["IncEx", bool]], Mapping[str, Union["IncEx", bool]]]

PostParser = Callable[[Any], Any]


class _GenericAlias(Protocol):
    __origin__: type[object]


@runtime_checkable
class InheritsGeneric(Protocol):
    """A class that subclassed a parametrised `Generic`; `__orig_bases__` holds the arguments."""

    __orig_bases__: tuple[_GenericAlias]


class HttpxSendArgs(TypedDict, total=False):
    auth: httpx.Auth
    follow_redirects: bool


_T_co = TypeVar("_T_co", covariant=True)

if TYPE_CHECKING:
    # A sequence that a type checker won't let a bare `str` satisfy.
    class SequenceNotStr(Protocol[_T_co]):
        @overload
        def __getitem__(self, index: SupportsIndex, /) -> _T_co: ...
        @overload
        def __getitem__(self, index: slice, /) -> Sequence[_T_co]: ...
        def __contains__(self, value: object, /) -> bool: ...
        def __len__(self) -> int: ...
        def __iter__(self) -> Iterator[_T_co]: ...
        def __reversed__(self) -> Iterator[_T_co]: ...
else:
    SequenceNotStr = Sequence
