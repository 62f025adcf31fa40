"""Errors raised by the message-stream helpers when a stream cannot be turned into a message."""

from __future__ import annotations

from typing import Any, Optional

import httpx

from ..._exceptions import APIError

__all__ = ["IncompleteStreamError", "MalformedToolInputError", "StreamEventOrderError"]


class _StreamHelperError(APIError):
    response: Optional[httpx.Response]
    request_id: Optional[str]

    def __init__(self, message: str, *, request: Any, response: Optional[httpx.Response]) -> None:
        super().__init__(message, request, body=None)
        self.response = response
        self.request_id = response.headers.get("request-id") if response is not None else None


class IncompleteStreamError(_StreamHelperError):
    """The response body ended before the `message_stop` event.

    `partial_message` is the message as far as it was received (None when not even
    `message_start` arrived).
    """

    partial_message: Optional[Any]

    def __init__(
        self,
        message: str,
        *,
        partial_message: Optional[Any],
        request: Any,
        response: Optional[httpx.Response] = None,
    ) -> None:
        super().__init__(message, request=request, response=response)
        self.partial_message = partial_message


class MalformedToolInputError(_StreamHelperError, ValueError):
    """The `input_json_delta` pieces of a content block do not form (a prefix of) valid JSON.

    Also a `ValueError`, which is what callers of earlier releases catch here.
    """

    index: int
    block_type: Optional[str]
    partial_json: str

    def __init__(
        self,
        *,
        index: int,
        block_type: Optional[str],
        partial_json: str,
        reason: str,
        request: Any,
        response: Optional[httpx.Response] = None,
    ) -> None:
        shown = partial_json if len(partial_json) <= 200 else partial_json[:200] + "..."
        super().__init__(
            f"Content block {index} ({block_type}): the streamed tool input is not valid JSON ({reason}). "
            f"Received so far: {shown!r}",
            request=request,
            response=response,
        )
        self.index = index
        self.block_type = block_type
        self.partial_json = partial_json


class StreamEventOrderError(_StreamHelperError, RuntimeError):
    """An event arrived that cannot follow the ones before it (e.g. a delta before `message_start`).

    Also a `RuntimeError`, which is what earlier releases raised here.
    """
