"""Bedrock's streaming body (AWS event-stream binary frames) turned into the server-sent events the
SDK's `Stream` reads, so that streaming, `messages.stream()` and everything built on them work
unchanged.

A `chunk` frame carries one API event: its JSON payload is `{"bytes": "<base64 of the event JSON>"}`.
An `exception` frame (or an `error` frame) becomes an `error` event whose body names the AWS
exception, and `BaseBedrockClient._make_status_error` picks the matching typed error for it.
"""

from __future__ import annotations

import base64
import binascii
import importlib
import json
from typing import Any, AsyncIterable, AsyncIterator, Dict, Iterable, Iterator, List, Optional, Type, cast

from ..._exceptions import (
    AnthropicError,
    APIStatusError,
    BadRequestError,
    DeadlineExceededError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServiceUnavailableError,
)
from ..._sse import ServerSentEvent

# botocore ships no type information: its event-stream objects are `Any` here.
EventStreamMessage = Any

__all__ = ["AWSEventStreamDecoder", "BedrockStreamFormatError", "stream_exception_class"]

# Exceptions Bedrock's InvokeModelWithResponseStream can send inside a 200 response, by the
# exception type (lower-cased), and the error class that matches each one's HTTP status.
_STREAM_EXCEPTIONS: Dict[str, Type[APIStatusError]] = {
    "validationexception": BadRequestError,
    "accessdeniedexception": PermissionDeniedError,
    "resourcenotfoundexception": NotFoundError,
    "throttlingexception": RateLimitError,
    "modeltimeoutexception": DeadlineExceededError,
    "internalserverexception": InternalServerError,
    "modelstreamerrorexception": InternalServerError,
    "serviceunavailableexception": ServiceUnavailableError,
}


def stream_exception_class(body: object) -> Optional[Type[APIStatusError]]:
    """The error class for an error event this decoder produced, from the AWS exception it names."""
    if not isinstance(body, dict):
        return None
    error = cast("Dict[str, object]", body).get("error")
    name = cast("Dict[str, object]", error).get("type") if isinstance(error, dict) else None
    if not isinstance(name, str):
        return None
    return _STREAM_EXCEPTIONS.get(name.lower())


class BedrockStreamFormatError(AnthropicError):
    """Bytes in a Bedrock stream that are not a valid AWS event-stream (bad checksum, cut-off frame)."""


class AWSEventStreamDecoder:
    """Incremental decoder with the interface of the SDK's SSE decoder: `feed(bytes)` returns the
    events the bytes completed, `flush()` the rest at end of body."""

    def __init__(self) -> None:
        eventstream: Any = importlib.import_module("botocore.eventstream")
        self._buffer: Any = eventstream.EventStreamBuffer()
        self._parser_error: Type[Exception] = eventstream.ParserError
        self._pending = 0  # bytes fed but not yet part of a complete frame

    def feed(self, chunk: bytes) -> List[ServerSentEvent]:
        if not chunk:
            return []
        self._buffer.add_data(chunk)
        self._pending += len(chunk)
        events: List[ServerSentEvent] = []
        try:
            for message in self._buffer:
                if message.prelude is not None:
                    self._pending -= message.prelude.total_length
                event = _to_event(message)
                if event is not None:
                    events.append(event)
        except self._parser_error as err:
            raise BedrockStreamFormatError(
                f"The Bedrock response stream is not a valid AWS event stream: {err}"
            ) from err
        return events

    def flush(self) -> List[ServerSentEvent]:
        if self._pending:
            raise BedrockStreamFormatError(
                f"The Bedrock response stream ended part-way through a frame ({self._pending} bytes left over)."
            )
        return []

    # The iterator forms, for code written against 0.79's decoder.
    def iter_bytes(self, iterator: Iterable[bytes]) -> Iterator[ServerSentEvent]:
        for chunk in iterator:
            yield from self.feed(chunk)
        yield from self.flush()

    async def aiter_bytes(self, iterator: AsyncIterable[bytes]) -> AsyncIterator[ServerSentEvent]:
        async for chunk in iterator:
            for event in self.feed(chunk):
                yield event
        for event in self.flush():
            yield event


def _header(message: EventStreamMessage, name: str) -> Optional[str]:
    value: Any = message.headers.get(name)
    return value if isinstance(value, str) else None


def _to_event(message: EventStreamMessage) -> Optional[ServerSentEvent]:
    kind = _header(message, ":message-type") or "event"
    if kind == "event":
        if _header(message, ":event-type") != "chunk":
            return None  # e.g. an initial-response frame: nothing for the caller
        return ServerSentEvent(event="completion", data=_chunk_text(message.payload))
    if kind == "exception":
        name = _header(message, ":exception-type") or "UnknownException"
        text = _payload_message(message.payload)
    else:  # "error": the details travel in headers
        name = _header(message, ":error-code") or "UnknownError"
        text = _header(message, ":error-message") or ""
    body = {"type": "error", "error": {"type": name, "message": text}}
    return ServerSentEvent(event="error", data=json.dumps(body))


def _chunk_text(payload: bytes) -> str:
    try:
        encoded = json.loads(payload)["bytes"]
        return base64.b64decode(encoded, validate=True).decode("utf-8")
    except (ValueError, KeyError, TypeError, binascii.Error) as err:
        raise BedrockStreamFormatError(
            f"A Bedrock `chunk` frame did not hold base64 event JSON under `bytes`: {type(err).__name__}"
        ) from err


def _payload_message(payload: bytes) -> str:
    try:
        data = json.loads(payload)
    except ValueError:
        return payload.decode("utf-8", "replace")
    if isinstance(data, dict):
        for key in ("message", "Message"):
            value = cast("Dict[str, object]", data).get(key)
            if isinstance(value, str):
                return value
    return json.dumps(data)
