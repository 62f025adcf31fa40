"""Which httpx failures are worth another attempt, and how each becomes one of our exceptions.

httpx raises `RequestError` subclasses for everything that goes wrong on the wire. None of them
may reach the caller as they are: callers catch `APIConnectionError` / `APITimeoutError`. The
request loop retries only what `is_retryable` accepts; every other exception (a bug in our code
or in a user's event hook) propagates untouched and is never retried.
"""

from __future__ import annotations

from typing import TypeVar, Iterator, AsyncIterator

import httpx

from ._exceptions import APITimeoutError, APIConnectionError

__all__ = ["is_retryable", "to_api_error", "guard_iter", "guard_aiter"]

_T = TypeVar("_T")


def is_retryable(err: httpx.RequestError) -> bool:
    """Timeouts, resets, refused connections, truncated or undecodable bodies: yes.

    An unsupported URL scheme or a redirect loop would fail the same way again.
    """
    if isinstance(err, (httpx.UnsupportedProtocol, httpx.TooManyRedirects)):
        return False
    return isinstance(err, (httpx.TransportError, httpx.DecodingError))


def to_api_error(err: httpx.RequestError, request: httpx.Request) -> APIConnectionError:
    if isinstance(err, httpx.TimeoutException):
        return APITimeoutError(request=request)
    detail = str(err).strip()
    reason = f"{type(err).__name__}: {detail}" if detail else type(err).__name__
    return APIConnectionError(message=f"Connection error. ({reason})", request=request)


def guard_iter(iterator: Iterator[_T], request: httpx.Request) -> Iterator[_T]:
    """`iterator` (over a response body) with httpx failures raised as our exceptions."""
    while True:
        try:
            item = next(iterator)
        except StopIteration:
            return
        except httpx.RequestError as err:
            raise to_api_error(err, request) from err
        yield item


async def guard_aiter(iterator: AsyncIterator[_T], request: httpx.Request) -> AsyncIterator[_T]:
    while True:
        try:
            item = await iterator.__anext__()
        except StopAsyncIteration:
            return
        except httpx.RequestError as err:
            raise to_api_error(err, request) from err
        yield item
