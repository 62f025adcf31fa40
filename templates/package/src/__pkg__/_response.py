"""`APIResponse` wrappers returned by `.with_streaming_response` (and used internally)."""

from __future__ import annotations

import os
import datetime
import functools
from types import TracebackType
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

from ._utils import is_given, extract_type_var_from_base
from ._models import BaseModel, add_request_id
from ._constants import RAW_RESPONSE_HEADER, OVERRIDE_CAST_TO_HEADER
from ._transport_errors import guard_iter, guard_aiter, to_api_error
from ._response_parsing import MissingStreamClassError, StreamAlreadyConsumed, parse_response

if TYPE_CHECKING:
    from ._models import FinalRequestOptions
    from ._base_client import BaseClient

__all__ = [
    "BaseAPIResponse",
    "APIResponse",
    "AsyncAPIResponse",
    "BinaryAPIResponse",
    "AsyncBinaryAPIResponse",
    "StreamedBinaryAPIResponse",
    "AsyncStreamedBinaryAPIResponse",
    "ResponseContextManager",
    "AsyncResponseContextManager",
    "MissingStreamClassError",
    "StreamAlreadyConsumed",
    "to_streamed_response_wrapper",
    "async_to_streamed_response_wrapper",
    "to_custom_streamed_response_wrapper",
    "async_to_custom_streamed_response_wrapper",
    "to_raw_response_wrapper",
    "async_to_raw_response_wrapper",
    "to_custom_raw_response_wrapper",
    "async_to_custom_raw_response_wrapper",
    "extract_response_type",
]

P = ParamSpec("P")
R = TypeVar("R")
_T = TypeVar("_T")
_APIResponseT = TypeVar("_APIResponseT", bound="APIResponse[Any]")
_AsyncAPIResponseT = TypeVar("_AsyncAPIResponseT", bound="AsyncAPIResponse[Any]")


class BaseAPIResponse(Generic[R]):
    _cast_to: Type[R]
    _client: "BaseClient[Any, Any]"
    _parsed_by_type: Dict[Any, Any]
    _is_sse_stream: bool
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
        self._is_sse_stream = stream
        self._stream_cls = stream_cls
        self._options = options
        self.http_response = raw
        self.retries_taken = retries_taken

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
    def http_version(self) -> str:
        return self.http_response.http_version

    @property
    def elapsed(self) -> datetime.timedelta:
        """Time from sending the request to the end of the response (or until now, if still open)."""
        return self.http_response.elapsed

    @property
    def is_closed(self) -> bool:
        """False while unread body data remains: read it or call `close()` to free the connection."""
        return self.http_response.is_closed

    @property
    def request_id(self) -> Optional[str]:
        value: Optional[str] = self.http_response.headers.get("request-id")
        return value

    def __repr__(self) -> str:
        return f"<{self.__class__.__name__} [{self.status_code} {self.http_response.reason_phrase}] type={self._cast_to}>"

    def _parse(self, *, to: Any = None) -> Any:
        return parse_response(
            response=self.http_response,
            client=self._client,
            cast_to=self._cast_to,
            stream=self._is_sse_stream,
            stream_cls=self._stream_cls,
            to=to,
        )

    def _finish(self, parsed: Any, key: Any) -> Any:
        if is_given(self._options.post_parser):
            parsed = self._options.post_parser(parsed)
        if isinstance(parsed, BaseModel):
            add_request_id(parsed, self.request_id)
        self._parsed_by_type[key] = parsed
        return parsed


class APIResponse(BaseAPIResponse[R]):
    @overload
    def parse(self, *, to: Type[_T]) -> _T: ...
    @overload
    def parse(self) -> R: ...
    def parse(self, *, to: Optional[Type[_T]] = None) -> Union[R, _T]:
        """The body as the method's declared type (or `to`); cached per target type."""
        key = to if to is not None else self._cast_to
        if key in self._parsed_by_type:
            return cast(R, self._parsed_by_type[key])
        if not self._is_sse_stream:
            self.read()
        return cast(R, self._finish(self._parse(to=to), key))

    def read(self) -> bytes:
        try:
            return self.http_response.read()
        except httpx.StreamConsumed as exc:
            raise StreamAlreadyConsumed() from exc
        except httpx.RequestError as exc:
            raise to_api_error(exc, self.http_request) from exc

    def text(self) -> str:
        self.read()
        return self.http_response.text

    def json(self) -> object:
        return jiter.from_json(self.read())

    def close(self) -> None:
        self.http_response.close()

    # The iterators raise APIConnectionError/APITimeoutError, never httpx's own errors, when the
    # connection fails part way through the body.
    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        yield from guard_iter(self.http_response.iter_bytes(chunk_size), self.http_request)

    def iter_text(self, chunk_size: Optional[int] = None) -> Iterator[str]:
        yield from guard_iter(self.http_response.iter_text(chunk_size), self.http_request)

    def iter_lines(self) -> Iterator[str]:
        yield from guard_iter(self.http_response.iter_lines(), self.http_request)


class AsyncAPIResponse(BaseAPIResponse[R]):
    @overload
    async def parse(self, *, to: Type[_T]) -> _T: ...
    @overload
    async def parse(self) -> R: ...
    async def parse(self, *, to: Optional[Type[_T]] = None) -> Union[R, _T]:
        key = to if to is not None else self._cast_to
        if key in self._parsed_by_type:
            return cast(R, self._parsed_by_type[key])
        if not self._is_sse_stream:
            await self.read()
        return cast(R, self._finish(self._parse(to=to), key))

    async def read(self) -> bytes:
        try:
            return await self.http_response.aread()
        except httpx.StreamConsumed as exc:
            raise StreamAlreadyConsumed() from exc
        except httpx.RequestError as exc:
            raise to_api_error(exc, self.http_request) from exc

    async def text(self) -> str:
        await self.read()
        return self.http_response.text

    async def json(self) -> object:
        return jiter.from_json(await self.read())

    async def close(self) -> None:
        await self.http_response.aclose()

    async def iter_bytes(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        async for chunk in guard_aiter(self.http_response.aiter_bytes(chunk_size), self.http_request):
            yield chunk

    async def iter_text(self, chunk_size: Optional[int] = None) -> AsyncIterator[str]:
        async for chunk in guard_aiter(self.http_response.aiter_text(chunk_size), self.http_request):
            yield chunk

    async def iter_lines(self) -> AsyncIterator[str]:
        async for chunk in guard_aiter(self.http_response.aiter_lines(), self.http_request):
            yield chunk


class BinaryAPIResponse(APIResponse[bytes]):
    """A binary download; the body is read into memory on first use."""

    def write_to_file(self, file: Union[str, "os.PathLike[str]"]) -> None:
        with open(file, mode="wb") as f:
            for data in self.iter_bytes():
                f.write(data)


class AsyncBinaryAPIResponse(AsyncAPIResponse[bytes]):
    async def write_to_file(self, file: Union[str, "os.PathLike[str]"]) -> None:
        import anyio  # anyio (and asyncio under it) loads only when async code runs

        path = anyio.Path(file)
        async with await path.open(mode="wb") as f:
            async for data in self.iter_bytes():
                await f.write(data)


class StreamedBinaryAPIResponse(APIResponse[bytes]):
    """A binary download that is written out chunk by chunk without buffering it whole."""

    def stream_to_file(self, file: Union[str, "os.PathLike[str]"], *, chunk_size: Optional[int] = None) -> None:
        with open(file, mode="wb") as f:
            for data in self.iter_bytes(chunk_size):
                f.write(data)


class AsyncStreamedBinaryAPIResponse(AsyncAPIResponse[bytes]):
    async def stream_to_file(self, file: Union[str, "os.PathLike[str]"], *, chunk_size: Optional[int] = None) -> None:
        import anyio  # anyio (and asyncio under it) loads only when async code runs

        path = anyio.Path(file)
        async with await path.open(mode="wb") as f:
            async for data in self.iter_bytes(chunk_size):
                await f.write(data)


def extract_response_type(typ: Type[BaseAPIResponse[Any]]) -> type:
    """`APIResponse[Foo]` or a subclass such as `BinaryAPIResponse` -> `Foo`."""
    return cast(
        type,
        extract_type_var_from_base(
            typ,
            generic_bases=cast("tuple[type, ...]", (BaseAPIResponse, APIResponse, AsyncAPIResponse)),
            index=0,
        ),
    )


class ResponseContextManager(Generic[_APIResponseT]):
    """Sends the request on `__enter__`, closes the response on `__exit__`."""

    def __init__(self, request_func: Callable[[], _APIResponseT]) -> None:
        self._request_func = request_func
        self.__response: Optional[_APIResponseT] = None

    def __enter__(self) -> _APIResponseT:
        self.__response = self._request_func()
        return self.__response

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        if self.__response is not None:
            self.__response.close()


class AsyncResponseContextManager(Generic[_AsyncAPIResponseT]):
    def __init__(self, api_request: Awaitable[_AsyncAPIResponseT]) -> None:
        self._api_request = api_request
        self.__response: Optional[_AsyncAPIResponseT] = None

    async def __aenter__(self) -> _AsyncAPIResponseT:
        self.__response = await self._api_request
        return self.__response

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        if self.__response is not None:
            await self.__response.close()


def _with_markers(kwargs: Dict[str, Any], mode: str, override_cast: Any = None) -> Dict[str, Any]:
    # The markers ride in `extra_headers` because that is the only channel every
    # generated method forwards; the client strips them before sending.
    headers: Dict[str, Any] = dict(kwargs.get("extra_headers") or {})
    headers[RAW_RESPONSE_HEADER] = mode
    if override_cast is not None:
        headers[OVERRIDE_CAST_TO_HEADER] = override_cast
    kwargs["extra_headers"] = headers
    return kwargs


def to_streamed_response_wrapper(func: Callable[P, R]) -> Callable[P, ResponseContextManager[APIResponse[R]]]:
    """`with client.x.with_streaming_response.y(...) as response:` — body is not read up front."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> ResponseContextManager[APIResponse[R]]:
        _with_markers(kwargs, "stream")
        return ResponseContextManager(cast(Callable[[], APIResponse[R]], functools.partial(func, *args, **kwargs)))

    return wrapped


def async_to_streamed_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, AsyncResponseContextManager[AsyncAPIResponse[R]]]:
    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncResponseContextManager[AsyncAPIResponse[R]]:
        _with_markers(kwargs, "stream")
        return AsyncResponseContextManager(cast(Awaitable[AsyncAPIResponse[R]], func(*args, **kwargs)))

    return wrapped


def to_custom_streamed_response_wrapper(
    func: Callable[P, object], response_cls: Type[_APIResponseT]
) -> Callable[P, ResponseContextManager[_APIResponseT]]:
    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> ResponseContextManager[_APIResponseT]:
        _with_markers(kwargs, "stream", response_cls)
        return ResponseContextManager(cast(Callable[[], _APIResponseT], functools.partial(func, *args, **kwargs)))

    return wrapped


def async_to_custom_streamed_response_wrapper(
    func: Callable[P, Awaitable[object]], response_cls: Type[_AsyncAPIResponseT]
) -> Callable[P, AsyncResponseContextManager[_AsyncAPIResponseT]]:
    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncResponseContextManager[_AsyncAPIResponseT]:
        _with_markers(kwargs, "stream", response_cls)
        return AsyncResponseContextManager(cast(Awaitable[_AsyncAPIResponseT], func(*args, **kwargs)))

    return wrapped


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """Return the unparsed `APIResponse` (body already read) instead of the parsed value."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        return cast(APIResponse[R], func(*args, **_with_markers(kwargs, "raw")))

    return wrapped


def async_to_raw_response_wrapper(func: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[AsyncAPIResponse[R]]]:
    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncAPIResponse[R]:
        return cast(AsyncAPIResponse[R], await func(*args, **_with_markers(kwargs, "raw")))

    return wrapped


def to_custom_raw_response_wrapper(
    func: Callable[P, object], response_cls: Type[_APIResponseT]
) -> Callable[P, _APIResponseT]:
    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> _APIResponseT:
        return cast(_APIResponseT, func(*args, **_with_markers(kwargs, "raw", response_cls)))

    return wrapped


def async_to_custom_raw_response_wrapper(
    func: Callable[P, Awaitable[object]], response_cls: Type[_AsyncAPIResponseT]
) -> Callable[P, Awaitable[_AsyncAPIResponseT]]:
    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> _AsyncAPIResponseT:
        return cast(_AsyncAPIResponseT, await func(*args, **_with_markers(kwargs, "raw", response_cls)))

    return wrapped


