"""Typed iterators over server-sent-event responses."""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Any, Dict, Type, Generic, TypeVar, Iterator, Optional, AsyncIterator, cast

import httpx
import pydantic
from typing_extensions import Self

from ._sse import SSEDecoder, ServerSentEvent, SSEBytesDecoder
from ._construct import _adapter, _hashable
from ._exceptions import APITimeoutError, APIConnectionError, APIResponseValidationError

if TYPE_CHECKING:
    from ._base_client import SyncAPIClient, AsyncAPIClient

__all__ = [
    "Stream",
    "AsyncStream",
    "ServerSentEvent",
    "SSEDecoder",
    "SSEBytesDecoder",
    "is_stream_class_type",
    "extract_stream_chunk_type",
]

_T = TypeVar("_T")


def _transport_error(err: Exception, request: httpx.Request) -> Exception:
    if isinstance(err, httpx.TimeoutException):
        return APITimeoutError(request=request)
    return APIConnectionError(
        message=f"Connection error while reading the event stream: {type(err).__name__}", request=request
    )


_MISS = object()


class _EventHandling:
    """What to do with each decoded event; shared by the sync and async streams."""

    response: httpx.Response
    _cast_to: Any
    _client: Any

    def _fast_build(self, sse: ServerSentEvent) -> Any:
        """Validate the event's JSON text straight into ``cast_to``, or return ``_MISS``.

        Almost every event is a well-formed member of the event union, and pydantic validates JSON
        text faster than parsing it to a dict first. Anything unusual (pings, errors, data that does
        not match) takes the general path in ``_handle``, which keeps it or raises as usual.
        """
        if sse.event in ("ping", "error") or not sse.data or '"error"' in sse.data:
            return _MISS
        validate = self.__dict__.get("_validate_json", _MISS)
        if validate is _MISS:
            # Decided once per stream: hashing a typing construct on every event would cost more than it saves.
            cast_to = self._cast_to
            if isinstance(cast_to, type) and issubclass(cast_to, pydantic.BaseModel):
                validate = cast_to.model_validate_json
            elif _hashable(self._cast_to):
                try:
                    validate = _adapter(self._cast_to).validate_json
                except (pydantic.PydanticUserError, TypeError, ValueError):
                    validate = None  # no validator for this type: every event takes the general path
            else:
                validate = None
            self.__dict__["_validate_json"] = validate
        if validate is None:
            return _MISS
        try:
            return validate(sse.data)
        except (pydantic.ValidationError, ValueError, TypeError):
            return _MISS

    def _handle(self, sse: ServerSentEvent) -> Optional[Dict[str, Any]]:
        """The payload to build, or None to skip the event. Raises for error events."""
        if sse.event == "ping":
            return None
        if sse.event == "error":
            raise self._error_from(sse)
        if not sse.data:
            return None
        try:
            data = sse.json()
        except ValueError as err:
            raise APIResponseValidationError(
                response=self.response,
                body=sse.data,
                message=f"Could not parse the data of server-sent event `{sse.event or 'message'}` as JSON: {err}",
            ) from err
        if isinstance(data, dict):
            fields = cast("Dict[str, Any]", data)
            if fields.get("type") == "error":
                raise self._error_from(sse, fields)
            if "type" not in fields and sse.event:
                # older event shapes carry the type only in the `event:` line
                fields["type"] = sse.event
        return {"data": data}

    def _error_from(self, sse: ServerSentEvent, parsed: object = None) -> Exception:
        body: object = parsed
        if body is None:
            try:
                body = sse.json()
            except ValueError:
                body = sse.data
        message = str(body) if body not in (None, "") else f"Error code: {self.response.status_code}"
        return cast(Exception, self._client._make_status_error(message, body=body, response=self.response))

    def _build(self, payload: Dict[str, Any]) -> Any:
        return self._client._process_response_data(data=payload["data"], cast_to=self._cast_to, response=self.response)


class Stream(_EventHandling, Generic[_T]):
    """Iterate over the typed events of a streaming response; closes the response when done."""

    response: httpx.Response

    def __init__(self, *, cast_to: Type[_T], response: httpx.Response, client: "SyncAPIClient") -> None:
        self.response = response
        self._cast_to = cast_to
        self._client = client
        self._decoder: SSEBytesDecoder = (
            client._make_sse_decoder() if hasattr(client, "_make_sse_decoder") else SSEDecoder()
        )
        self._iterator = self.__stream__()

    def __next__(self) -> _T:
        return self._iterator.__next__()

    def __iter__(self) -> Iterator[_T]:
        for item in self._iterator:
            yield item

    def _iter_events(self) -> Iterator[ServerSentEvent]:
        chunks = self.response.iter_bytes()
        while True:
            try:
                chunk = next(chunks)
            except StopIteration:
                break
            except httpx.RequestError as err:  # transport failures and undecodable (e.g. corrupt gzip) bodies
                raise _transport_error(err, self.response.request) from err
            yield from self._decoder.feed(chunk)
        yield from self._decoder.flush()

    def __stream__(self) -> Iterator[_T]:
        try:
            for sse in self._iter_events():
                built = self._fast_build(sse)
                if built is not _MISS:
                    yield built
                    continue
                payload = self._handle(sse)
                if payload is not None:
                    yield self._build(payload)
        finally:
            # also runs when the consumer stops early and the generator is closed
            self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        self.close()

    def close(self) -> None:
        """Release the connection without reading the rest of the stream."""
        self.response.close()


class AsyncStream(_EventHandling, Generic[_T]):
    """Async counterpart of `Stream`."""

    response: httpx.Response

    def __init__(self, *, cast_to: Type[_T], response: httpx.Response, client: "AsyncAPIClient") -> None:
        self.response = response
        self._cast_to = cast_to
        self._client = client
        self._decoder: SSEBytesDecoder = (
            client._make_sse_decoder() if hasattr(client, "_make_sse_decoder") else SSEDecoder()
        )
        self._iterator = self.__stream__()

    async def __anext__(self) -> _T:
        return await self._iterator.__anext__()

    async def __aiter__(self) -> AsyncIterator[_T]:
        async for item in self._iterator:
            yield item

    async def _iter_events(self) -> AsyncIterator[ServerSentEvent]:
        chunks = self.response.aiter_bytes()
        while True:
            try:
                chunk = await chunks.__anext__()
            except StopAsyncIteration:
                break
            except httpx.RequestError as err:  # transport failures and undecodable (e.g. corrupt gzip) bodies
                raise _transport_error(err, self.response.request) from err
            for sse in self._decoder.feed(chunk):
                yield sse
        for sse in self._decoder.flush():
            yield sse

    async def __stream__(self) -> AsyncIterator[_T]:
        try:
            async for sse in self._iter_events():
                built = self._fast_build(sse)
                if built is not _MISS:
                    yield built
                    continue
                payload = self._handle(sse)
                if payload is not None:
                    yield self._build(payload)
        finally:
            await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Release the connection without reading the rest of the stream."""
        await self.response.aclose()


def is_stream_class_type(typ: type) -> bool:
    from ._utils import get_origin

    origin = get_origin(typ) or typ
    return isinstance(origin, type) and issubclass(origin, (Stream, AsyncStream))


def extract_stream_chunk_type(stream_cls: type, *, failure_message: Optional[str] = None) -> type:
    """`Stream[Event]` (or a subclass of it) -> `Event`."""
    from ._utils import extract_type_var_from_base

    return cast(
        type,
        extract_type_var_from_base(
            stream_cls, index=0, generic_bases=(Stream, AsyncStream), failure_message=failure_message
        ),
    )
