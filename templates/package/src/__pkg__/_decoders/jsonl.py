"""Typed iteration over `application/x-jsonl` bodies (one JSON value per line)."""

from __future__ import annotations

from typing import Any, Tuple, Generic, TypeVar, Iterator, Optional, AsyncIterator

import httpx
import jiter

from .._models import construct_type
from .._exceptions import APIResponseValidationError

__all__ = ["JSONLDecoder", "AsyncJSONLDecoder"]

_T = TypeVar("_T")


class _LineSplitter:
    """Split a byte stream on `\\n` (tolerating `\\r\\n`), numbering lines from 1.

    Only the current, not yet terminated line is kept between chunks, so memory is
    bounded by the longest line (plus one chunk), never by the size of the body.
    Each byte is searched for a newline once, even when a line spans many chunks.
    """

    def __init__(self) -> None:
        self._partial = bytearray()
        self._line_number = 0

    def feed(self, chunk: bytes) -> Iterator[Tuple[int, bytes]]:
        """Yield `(line_number, line)` for each non-blank line this chunk completes."""
        start = 0
        end = chunk.find(b"\n")
        while end >= 0:
            self._line_number += 1
            if self._partial:
                self._partial += chunk[start:end]
                line = bytes(self._partial)
                self._partial.clear()
            else:
                line = chunk[start:end]
            if line.strip():  # blank lines are skipped but still counted
                yield self._line_number, line.rstrip(b"\r")
            start = end + 1
            end = chunk.find(b"\n", start)
        if start < len(chunk):
            self._partial += chunk[start:]

    def rest(self) -> Optional[Tuple[int, bytes]]:
        """The unterminated last line, if it holds anything."""
        line = bytes(self._partial).strip()
        self._partial.clear()
        return (self._line_number + 1, line) if line else None


class _Decoding(Generic[_T]):
    http_response: httpx.Response
    _line_type: Any

    def _parse(self, line_number: int, line: bytes, *, last: bool = False) -> _T:
        try:
            # Only keys repeat from line to line; caching every string value would just
            # fill jiter's cache with ids that never come back.
            value = jiter.from_json(line, cache_mode="keys")
        except ValueError as err:
            problem = (
                "the response ended in the middle of a JSON line (truncated body)"
                if last
                else "a line of the JSONL response is not valid JSON"
            )
            raise APIResponseValidationError(
                response=self.http_response,
                body=line.decode("utf-8", errors="replace"),
                message=f"Could not decode JSONL at line {line_number}: {problem}: {err}",
            ) from err
        return construct_type(value=value, type_=self._line_type)  # type: ignore[return-value]


class JSONLDecoder(_Decoding[_T]):
    """Yields one `line_type` value per line; closes the response when exhausted."""

    def __init__(self, *, raw_iterator: Iterator[bytes], line_type: type, http_response: httpx.Response) -> None:
        self.http_response = http_response
        self._raw_iterator = raw_iterator
        self._line_type = line_type
        self._iterator = self.__decode__()

    def close(self) -> None:
        self.http_response.close()

    def __decode__(self) -> Iterator[_T]:
        splitter = _LineSplitter()
        try:
            for chunk in self._raw_iterator:
                for line_number, line in splitter.feed(chunk):
                    yield self._parse(line_number, line)
            rest = splitter.rest()
            if rest is not None:
                yield self._parse(*rest, last=True)
        finally:
            self.http_response.close()

    def __next__(self) -> _T:
        return self._iterator.__next__()

    def __iter__(self) -> Iterator[_T]:
        for item in self._iterator:
            yield item


class AsyncJSONLDecoder(_Decoding[_T]):
    def __init__(self, *, raw_iterator: AsyncIterator[bytes], line_type: type, http_response: httpx.Response) -> None:
        self.http_response = http_response
        self._raw_iterator = raw_iterator
        self._line_type = line_type
        self._iterator = self.__decode__()

    async def close(self) -> None:
        await self.http_response.aclose()

    async def __decode__(self) -> AsyncIterator[_T]:
        splitter = _LineSplitter()
        try:
            async for chunk in self._raw_iterator:
                for line_number, line in splitter.feed(chunk):
                    yield self._parse(line_number, line)
            rest = splitter.rest()
            if rest is not None:
                yield self._parse(*rest, last=True)
        finally:
            await self.http_response.aclose()

    async def __anext__(self) -> _T:
        return await self._iterator.__anext__()

    async def __aiter__(self) -> AsyncIterator[_T]:
        async for item in self._iterator:
            yield item
