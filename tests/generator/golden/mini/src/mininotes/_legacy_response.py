"""`LegacyAPIResponse`: what `.with_raw_response` returns (sync `.parse()` for both clients)."""

from __future__ import annotations

import os
import datetime
import functools
from typing import (
    TYPE_CHECKING,
    Any,
    Dict,
    Type,
    Union,
    Generic,
    TypeVar,
    Callable,
    Iterator,
    Optional,
    Awaitable,
    AsyncIterator,
    cast,
    overload,
)

import httpx
import jiter
from typing_extensions import ParamSpec

from ._utils import is_given
from ._models import BaseModel, add_request_id
from ._constants import RAW_RESPONSE_HEADER
from ._response_parsing import MissingStreamClassError, parse_response

if TYPE_CHECKING:
    from ._models import FinalRequestOptions
    from ._base_client import BaseClient

__all__ = [
    "LegacyAPIResponse",
    "HttpxBinaryResponseContent",
    "MissingStreamClassError",
    "to_raw_response_wrapper",
    "async_to_raw_response_wrapper",
]

P = ParamSpec("P")
R = TypeVar("R")
_T = TypeVar("_T")


class LegacyAPIResponse(Generic[R]):
    """The raw HTTP response plus a synchronous `parse()` into the declared type.

    For non-streaming calls the body has already been read, which is why `parse()`
    can stay synchronous even on the async client.
    """

    _cast_to: Type[R]
    _client: "BaseClient[Any, Any]"
    _parsed_by_type: Dict[Any, Any]
    _stream: bool
    _stream_cls: Any
    _options: "FinalRequestOptions"
    http_response: httpx.Response
    retries_taken: int

    def __init__(
        self,
        *,
        raw: httpx.Response,
        cast_to: Type[R],
        client: "BaseClient[Any, Any]",
        stream: bool,
        stream_cls: Any,
        options: "FinalRequestOptions",
        retries_taken: int = 0,
    ) -> None:
        self._cast_to = cast_to
        self._client = client
        self._parsed_by_type = {}
        self._stream = stream
        self._stream_cls = stream_cls
        self._options = options
        self.http_response = raw
        self.retries_taken = retries_taken

    @property
    def request_id(self) -> Optional[str]:
        value: Optional[str] = self.http_response.headers.get("request-id")
        return value

    @overload
    def parse(self, *, to: Type[_T]) -> _T: ...
    @overload
    def parse(self) -> R: ...
    def parse(self, *, to: Optional[Type[_T]] = None) -> Union[R, _T]:
        """The body as the method's declared type (or `to`); streams come back as `Stream`/`AsyncStream`."""
        key = to if to is not None else self._cast_to
        if key in self._parsed_by_type:
            return cast(R, self._parsed_by_type[key])
        parsed = parse_response(
            response=self.http_response,
            client=self._client,
            cast_to=self._cast_to,
            stream=self._stream,
            stream_cls=self._stream_cls,
            to=to,
        )
        if is_given(self._options.post_parser):
            parsed = self._options.post_parser(parsed)
        if isinstance(parsed, BaseModel):
            add_request_id(parsed, self.request_id)
        self._parsed_by_type[key] = parsed
        return cast(R, parsed)

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def http_request(self) -> httpx.Request:
        return self.http_response.request

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def method(self) -> str:
        return self.http_request.method

    @property
    def content(self) -> bytes:
        """The body bytes; raises if this is a still-unread streaming response."""
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    @property
    def http_version(self) -> str:
        return self.http_response.http_version

    @property
    def is_closed(self) -> bool:
        return self.http_response.is_closed

    @property
    def elapsed(self) -> datetime.timedelta:
        return self.http_response.elapsed

    def json(self) -> object:
        return jiter.from_json(self.http_response.content)

    def __repr__(self) -> str:
        return (
            f"<{self.__class__.__name__} [{self.status_code} {self.http_response.reason_phrase}] type={self._cast_to}>"
        )


class HttpxBinaryResponseContent:
    """A downloaded binary body with helpers to save it."""

    response: httpx.Response

    def __init__(self, response: httpx.Response) -> None:
        self.response = response

    @property
    def content(self) -> bytes:
        return self.response.content

    @property
    def text(self) -> str:
        return self.response.text

    @property
    def encoding(self) -> Optional[str]:
        return self.response.encoding

    @property
    def charset_encoding(self) -> Optional[str]:
        return self.response.charset_encoding

    def json(self, **kwargs: Any) -> Any:
        return self.response.json(**kwargs)

    def read(self) -> bytes:
        return self.response.read()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        return self.response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: Optional[int] = None) -> Iterator[str]:
        return self.response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        return self.response.iter_lines()

    def iter_raw(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        return self.response.iter_raw(chunk_size)

    def write_to_file(self, file: Union[str, "os.PathLike[str]"]) -> None:
        with open(file, mode="wb") as f:
            for data in self.response.iter_bytes():
                f.write(data)

    def stream_to_file(self, file: Union[str, "os.PathLike[str]"], *, chunk_size: Optional[int] = None) -> None:
        with open(file, mode="wb") as f:
            for data in self.response.iter_bytes(chunk_size):
                f.write(data)

    def close(self) -> None:
        return self.response.close()

    async def aread(self) -> bytes:
        return await self.response.aread()

    async def aiter_bytes(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        return self.response.aiter_bytes(chunk_size)

    async def aiter_text(self, chunk_size: Optional[int] = None) -> AsyncIterator[str]:
        return self.response.aiter_text(chunk_size)

    async def aiter_lines(self) -> AsyncIterator[str]:
        return self.response.aiter_lines()

    async def aiter_raw(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        return self.response.aiter_raw(chunk_size)

    async def astream_to_file(self, file: Union[str, "os.PathLike[str]"], *, chunk_size: Optional[int] = None) -> None:
        import anyio  # anyio (and asyncio under it) loads only when async code runs

        path = anyio.Path(file)
        async with await path.open(mode="wb") as f:
            async for data in self.response.aiter_bytes(chunk_size):
                await f.write(data)

    async def aclose(self) -> None:
        return await self.response.aclose()


def _mark(kwargs: Dict[str, Any]) -> Dict[str, Any]:
    headers: Dict[str, Any] = dict(kwargs.get("extra_headers") or {})
    headers[RAW_RESPONSE_HEADER] = "true"
    kwargs["extra_headers"] = headers
    return kwargs


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, LegacyAPIResponse[R]]:
    """`client.x.with_raw_response.y(...)` -> `LegacyAPIResponse` (the marker never goes on the wire)."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> LegacyAPIResponse[R]:
        return cast(LegacyAPIResponse[R], func(*args, **_mark(kwargs)))

    return wrapped


def async_to_raw_response_wrapper(func: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[LegacyAPIResponse[R]]]:
    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> LegacyAPIResponse[R]:
        return cast(LegacyAPIResponse[R], await func(*args, **_mark(kwargs)))

    return wrapped
