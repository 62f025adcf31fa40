"""Server-sent-event scripts for the scripted server (tests/servers/scripted.py).

`ScriptedServer` already sends chunked bodies with a delay between chunks and can
drop the connection after N bytes. What streaming tests add on top is here:

* `encode_events` - frame events with a chosen line ending (LF, CR or CRLF),
  optionally with comments and `id:` lines;
* `split_every` / `split_crlf` - cut a body into chunks of N bytes (down to 1),
  or exactly between the CR and the LF of every CRLF;
* `message_events` - the event script the API sends for a given final message;
* `sse_reply` - a `Reply` built from all of the above; stalls are `delay`
  (seconds between chunks), drops are `close_after` (bytes).

Stdlib only, like the scripted server.
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple, Union

from servers.scripted import Reply

__all__ = [
    "encode_events",
    "split_every",
    "split_crlf",
    "message_events",
    "sse_reply",
    "HUGE_EVENT",
]

Event = Union[Mapping[str, Any], Tuple[str, Union[Mapping[str, Any], str]]]

HUGE_EVENT = 16 * 1024 * 1024


def _name_and_data(event: Event) -> Tuple[str, str]:
    if isinstance(event, tuple):
        name, data = event
    else:
        name, data = str(event.get("type", "message")), event
    return name, data if isinstance(data, str) else json.dumps(data)


def encode_events(
    events: Sequence[Event],
    *,
    newline: str = "\n",
    comments: bool = False,
    ids: bool = False,
) -> bytes:
    """Frame events as `event:`/`data:` lines ended by ``newline`` (one of LF, CR, CRLF)."""
    out: List[str] = []
    for number, event in enumerate(events):
        name, data = _name_and_data(event)
        if comments:
            out.append(f": keep-alive {number}{newline}")
        out.append(f"event: {name}{newline}")
        if ids:
            out.append(f"id: {number}{newline}")
        for line in data.split("\n"):
            out.append(f"data: {line}{newline}")
        out.append(newline)
    return "".join(out).encode("utf-8")


def split_every(body: bytes, size: int) -> List[bytes]:
    """`body` in chunks of ``size`` bytes (1 gives one chunk per byte)."""
    return [body[i : i + size] for i in range(0, len(body), size)] or [b""]


def split_crlf(body: bytes) -> List[bytes]:
    """`body` cut between the CR and LF of every CRLF, so no CRLF arrives in one chunk."""
    pieces = body.split(b"\r\n")
    chunks: List[bytes] = []
    for index, piece in enumerate(pieces):
        last = index == len(pieces) - 1
        chunks.append(piece if last else piece + b"\r")
        if not last:
            pieces[index + 1] = b"\n" + pieces[index + 1]
    return [chunk for chunk in chunks if chunk]


def _pieces(text: str, size: int) -> List[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


def message_events(message: Mapping[str, Any], *, piece: int = 4, start_output_tokens: int = 1) -> List[Dict[str, Any]]:
    """The events the API streams for ``message`` (a final, non-streaming message as JSON).

    Strings the API streams (`text`, `thinking`) arrive in ``piece``-character
    deltas, citations one per delta, tool input as JSON text in ``piece``-character
    deltas, signatures and compaction content in one delta each; every other block
    arrives whole in its `content_block_start`.
    """
    start = {key: value for key, value in message.items() if key not in ("content",)}
    start["content"] = []
    start["stop_reason"] = None
    start["stop_sequence"] = None
    usage = dict(message.get("usage") or {})
    final_output_tokens = usage.get("output_tokens", 0)
    usage["output_tokens"] = start_output_tokens
    start["usage"] = usage
    events: List[Dict[str, Any]] = [{"type": "message_start", "message": start}]
    for index, block in enumerate(message.get("content") or []):
        first = dict(block)
        deltas: List[Dict[str, Any]] = []
        kind = block.get("type")
        if isinstance(block.get("text"), str):
            first["text"] = ""
            deltas += [{"type": "text_delta", "text": p} for p in _pieces(block["text"], piece)]
        if isinstance(block.get("citations"), list):
            first["citations"] = []
            deltas += [{"type": "citations_delta", "citation": c} for c in block["citations"]]
        if isinstance(block.get("thinking"), str):
            first["thinking"] = ""
            deltas += [{"type": "thinking_delta", "thinking": p} for p in _pieces(block["thinking"], piece)]
        if isinstance(block.get("signature"), str):
            first["signature"] = ""
            deltas.append({"type": "signature_delta", "signature": block["signature"]})
        if isinstance(block.get("input"), dict):
            first["input"] = {}
            text = json.dumps(block["input"])
            deltas += [{"type": "input_json_delta", "partial_json": p} for p in _pieces(text, piece)]
        if kind == "compaction":
            first["content"] = None
            deltas.append({"type": "compaction_delta", "content": block.get("content")})
        events.append({"type": "content_block_start", "index": index, "content_block": first})
        events += [{"type": "content_block_delta", "index": index, "delta": d} for d in deltas]
        events.append({"type": "content_block_stop", "index": index})
    tail = {"stop_reason": message.get("stop_reason"), "stop_sequence": message.get("stop_sequence")}
    if "container" in message:
        tail["container"] = message["container"]
    delta_event: Dict[str, Any] = {
        "type": "message_delta",
        "delta": tail,
        "usage": {"output_tokens": final_output_tokens},
    }
    if "context_management" in message:
        delta_event["context_management"] = message["context_management"]
    events.append(delta_event)
    events.append({"type": "message_stop"})
    return events


def sse_reply(
    events: Sequence[Event],
    *,
    newline: str = "\n",
    chunk_size: Optional[int] = None,
    crlf_split: bool = False,
    comments: bool = False,
    ids: bool = False,
    delay: float = 0.0,
    close_after: Optional[int] = None,
    headers: Sequence[Tuple[str, str]] = (("request-id", "req_stream_test"),),
) -> Reply:
    """A streaming `Reply` for ``events``; with neither split option each event is one chunk."""
    if chunk_size is None and not crlf_split:
        chunks = [encode_events([event], newline=newline, comments=comments, ids=ids) for event in events]
    else:
        body = encode_events(events, newline=newline, comments=comments, ids=ids)
        chunks = split_crlf(body) if crlf_split else split_every(body, chunk_size or 1)
    return Reply(
        chunks=chunks,
        delay=delay,
        close_after=close_after,
        headers=[("content-type", "text/event-stream"), *headers],
    )
