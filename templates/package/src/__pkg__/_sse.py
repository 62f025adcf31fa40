"""Incremental `text/event-stream` decoder (WHATWG rules), linear in the input size.

Bytes are appended to one buffer and scanned once from a saved offset; consumed
bytes are dropped in amortised O(1) steps, and multi-line `data` is collected in a
list and joined once per event, so a huge single event costs O(n) rather than O(n^2).
"""

from __future__ import annotations

from typing import Any, List, Iterable, Iterator, Optional, AsyncIterable, AsyncIterator

from typing_extensions import Protocol, runtime_checkable

import jiter

__all__ = ["ServerSentEvent", "SSEDecoder", "SSEBytesDecoder"]

_BOM = b"\xef\xbb\xbf"


class ServerSentEvent:
    __slots__ = ("_event", "_data", "_id", "_retry")

    def __init__(
        self,
        *,
        event: Optional[str] = None,
        data: Optional[str] = None,
        id: Optional[str] = None,
        retry: Optional[int] = None,
    ) -> None:
        self._event = event
        self._data = data if data is not None else ""
        self._id = id
        self._retry = retry

    @property
    def event(self) -> Optional[str]:
        return self._event

    @property
    def data(self) -> str:
        return self._data

    @property
    def id(self) -> Optional[str]:
        return self._id

    @property
    def retry(self) -> Optional[int]:
        return self._retry

    def json(self) -> Any:
        """The `data` field decoded as JSON."""
        return jiter.from_json(self._data.encode("utf-8"))

    def __repr__(self) -> str:
        return f"ServerSentEvent(event={self._event!r}, data={self._data!r}, id={self._id!r}, retry={self._retry!r})"


class SSEDecoder:
    """Feed bytes (or whole lines) in, get `ServerSentEvent`s out."""

    def __init__(self) -> None:
        self._buf = bytearray()
        self._start = 0  # first byte of the current (unfinished) line
        self._scan = 0  # where the next search for a line break begins
        # Next CR / LF at or after `_scan`, or -1 when there is none before `_*_done`. Two memchr-speed
        # `find`s beat one regex search; remembering each result keeps a chunk with many lines of one
        # kind from re-scanning for the other kind at every line.
        self._cr = -1
        self._cr_done = 0
        self._lf = -1
        self._lf_done = 0
        self._skip_lf = False  # last chunk ended in CR: a leading LF belongs to it
        self._at_stream_start = True
        self._event: Optional[str] = None
        self._data: List[str] = []
        self._last_id: Optional[str] = None
        self._retry: Optional[int] = None

    # -- byte-level API -------------------------------------------------

    def iter_bytes(self, iterator: Iterable[bytes]) -> Iterator[ServerSentEvent]:
        for chunk in iterator:
            yield from self.feed(chunk)
        yield from self.flush()

    async def aiter_bytes(self, iterator: AsyncIterable[bytes]) -> AsyncIterator[ServerSentEvent]:
        async for chunk in iterator:
            for sse in self.feed(chunk):
                yield sse
        for sse in self.flush():
            yield sse

    def feed(self, chunk: bytes) -> List[ServerSentEvent]:
        """Consume one chunk; return the events it completed."""
        if not chunk:
            return []
        buf = self._buf
        buf += chunk
        if self._at_stream_start:
            if len(buf) < len(_BOM) and _BOM.startswith(bytes(buf)):
                return []  # could still be a BOM: wait for more bytes
            self._at_stream_start = False
            if buf.startswith(_BOM):
                del buf[: len(_BOM)]

        events: List[ServerSentEvent] = []
        while True:
            if self._skip_lf:
                if self._start >= len(buf):
                    break
                self._skip_lf = False
                if buf[self._start] == 0x0A:
                    self._start += 1
                    self._scan = self._start
            cr = self._next_cr(buf)
            lf = self._next_lf(buf)
            if cr < 0 and lf < 0:
                self._scan = len(buf)
                break
            end = lf if cr < 0 else cr if lf < 0 else min(cr, lf)
            line = buf[self._start : end].decode("utf-8", errors="replace")
            if buf[end] == 0x0D:
                if end + 1 < len(buf):
                    self._start = end + 2 if buf[end + 1] == 0x0A else end + 1
                else:
                    self._start = end + 1
                    self._skip_lf = True
            else:
                self._start = end + 1
            self._scan = self._start
            sse = self.decode(line)
            if sse is not None:
                events.append(sse)

        # drop consumed bytes once they make up most of the buffer (amortised O(1))
        if self._start > 4096 and self._start * 2 > len(buf):
            shift = self._start
            del buf[:shift]
            self._scan -= shift
            self._start = 0
            self._cr = self._cr - shift if self._cr >= shift else -1
            self._lf = self._lf - shift if self._lf >= shift else -1
            self._cr_done = max(0, self._cr_done - shift)
            self._lf_done = max(0, self._lf_done - shift)
        return events

    def _next_cr(self, buf: bytearray) -> int:
        if self._cr >= self._scan:
            return self._cr
        start = max(self._scan, self._cr_done) if self._cr < 0 else self._scan
        self._cr = buf.find(b"\r", start)
        if self._cr < 0:
            self._cr_done = len(buf)
        return self._cr

    def _next_lf(self, buf: bytearray) -> int:
        if self._lf >= self._scan:
            return self._lf
        start = max(self._scan, self._lf_done) if self._lf < 0 else self._scan
        self._lf = buf.find(b"\n", start)
        if self._lf < 0:
            self._lf_done = len(buf)
        return self._lf

    def flush(self) -> List[ServerSentEvent]:
        """End of stream: a trailing unterminated line is processed, an unfinished event is dropped."""
        events: List[ServerSentEvent] = []
        if self._start < len(self._buf):
            sse = self.decode(self._buf[self._start :].decode("utf-8", errors="replace"))
            if sse is not None:
                events.append(sse)
        self._buf = bytearray()
        self._start = self._scan = 0
        self._cr = self._lf = -1
        self._cr_done = self._lf_done = 0
        self._event = None
        self._data = []
        return events

    # -- line-level API -------------------------------------------------

    def decode(self, line: str) -> Optional[ServerSentEvent]:
        """Process one line (without its terminator); return an event when the line ends one."""
        if not line:
            return self._dispatch()
        if line[0] == ":":
            return None  # comment / keep-alive
        field, sep, value = line.partition(":")
        if sep and value.startswith(" "):
            value = value[1:]
        if field == "data":
            self._data.append(value)
        elif field == "event":
            self._event = value
        elif field == "id":
            if "\0" not in value:
                self._last_id = value
        elif field == "retry":
            if value.isdigit():
                self._retry = int(value)
        return None

    def _dispatch(self) -> Optional[ServerSentEvent]:
        if not self._data and self._event is None:
            return None
        sse = ServerSentEvent(
            event=self._event,
            data="\n".join(self._data),
            id=self._last_id,
            retry=self._retry,
        )
        self._event = None
        self._data = []
        self._retry = None
        return sse


@runtime_checkable
class SSEBytesDecoder(Protocol):
    """What a stream needs from its decoder: bytes in, events out.

    `SSEDecoder` is the one for `text/event-stream`; a client whose transport frames events
    differently (Bedrock's AWS event stream) returns its own from `_make_sse_decoder()`.
    """

    def feed(self, chunk: bytes) -> List[ServerSentEvent]: ...

    def flush(self) -> List[ServerSentEvent]: ...
