"""Typed iteration over `application/x-jsonl` bodies (one JSON value per line)."""

from __future__ import annotations

from typing import Any, List, Generic, TypeVar, Iterator, AsyncIterator

import httpx
import jiter

from .._models import construct_type
from .._exceptions import APIResponseValidationError

__all__ = ["JSONLDecoder", "AsyncJSONLDecoder"]

_T = TypeVar("_T")


class _LineSplitter:
    """Split a byte stream on `\\n` (tolerating `\\r\\n`) scanning each byte once."""

    def __init__(self) -> None:
        self._buf = bytearray()
        self._start = 0

    def feed(self, chunk: bytes) -> List[bytes]:
        buf = self._buf
        scan_from = len(buf)  # bytes before this were already searched
        buf += chunk
        lines: List[bytes] = []
        while True:
            end = buf.find(b"\n", scan_from)
            if end < 0:
                break
            line = bytes(buf[self._start : end]).rstrip(b"\r")
            self._start = scan_from = end + 1
            if line.strip():
                lines.append(line)
        if self._start > 4096 and self._start * 2 > len(buf):
            del buf[: self._start]
            self._start = 0
        return lines

    def rest(self) -> bytes:
        return bytes(self._buf[self._start :]).strip()


class _Decoding(Generic[_T]):
    http_response: httpx.Response
    _line_type: Any

    def _parse(self, line: bytes, *, last: bool = False) -> _T:
        try:
            value = jiter.from_json(line)
        except ValueError as err:
            problem = (
                "the response ended in the middle of a JSON line (truncated body)"
                if last
                else "a line of the JSONL response is not valid JSON"
            )
            raise APIResponseValidationError(
                response=self.http_response,
                body=line.decode("utf-8", errors="replace"),
                message=f"Could not decode JSONL: {problem}: {err}",
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
                for line in splitter.feed(chunk):
                    yield self._parse(line)
            rest = splitter.rest()
            if rest:
                yield self._parse(rest, last=True)
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
                for line in splitter.feed(chunk):
                    yield self._parse(line)
            rest = splitter.rest()
            if rest:
                yield self._parse(rest, last=True)
        finally:
            await self.http_response.aclose()

    async def __anext__(self) -> _T:
        return await self._iterator.__anext__()

    async def __aiter__(self) -> AsyncIterator[_T]:
        async for item in self._iterator:
            yield item
