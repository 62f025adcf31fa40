"""AWS event-stream frames, as Bedrock's `invoke-with-response-stream` sends them, for the scripted server.

botocore only decodes this format, so the frames are built here from its definition: a 12-byte
prelude (total length, headers length, CRC32 of those 8 bytes), typed headers, the payload, and a
CRC32 of everything before it. A test decodes these with botocore's own `EventStreamBuffer` to
prove the encoder right.

* `encode_frame` - one frame from string headers and a payload;
* `chunk_frame` - a `chunk` event carrying one API event (base64 JSON under `bytes`, as Bedrock does);
* `exception_frame` - an `exception` message, as Bedrock sends for throttling and the like;
* `eventstream_reply` - a streaming `Reply` for a list of frames, optionally cut into N-byte chunks.

Stdlib only, like the scripted server.
"""

from __future__ import annotations

import base64
import json
import struct
import zlib
from typing import Any, List, Mapping, Optional, Sequence, Tuple

from servers.scripted import Reply

__all__ = ["CONTENT_TYPE", "encode_frame", "chunk_frame", "exception_frame", "eventstream_reply"]

CONTENT_TYPE = "application/vnd.amazon.eventstream"

_STRING_HEADER = 7  # the header value type for UTF-8 strings


def _headers(headers: Mapping[str, str]) -> bytes:
    out = bytearray()
    for name, value in headers.items():
        raw_name, raw_value = name.encode("utf-8"), value.encode("utf-8")
        out += struct.pack(">B", len(raw_name)) + raw_name
        out += struct.pack(">BH", _STRING_HEADER, len(raw_value)) + raw_value
    return bytes(out)


def encode_frame(headers: Mapping[str, str], payload: bytes) -> bytes:
    encoded_headers = _headers(headers)
    total = 12 + len(encoded_headers) + len(payload) + 4
    prelude = struct.pack(">II", total, len(encoded_headers))
    prelude += struct.pack(">I", zlib.crc32(prelude))
    message = prelude + encoded_headers + payload
    return message + struct.pack(">I", zlib.crc32(message))


def chunk_frame(event: Mapping[str, Any]) -> bytes:
    inner = base64.b64encode(json.dumps(event).encode("utf-8")).decode("ascii")
    # Bedrock pads the payload with a `p` field so lengths do not reveal the content.
    payload = json.dumps({"bytes": inner, "p": "abcdefghij"}).encode("utf-8")
    headers = {":event-type": "chunk", ":content-type": "application/json", ":message-type": "event"}
    return encode_frame(headers, payload)


def exception_frame(exception_type: str, message: str) -> bytes:
    headers = {":exception-type": exception_type, ":content-type": "application/json", ":message-type": "exception"}
    return encode_frame(headers, json.dumps({"message": message}).encode("utf-8"))


def eventstream_reply(
    frames: Sequence[bytes],
    *,
    chunk_size: Optional[int] = None,
    headers: Sequence[Tuple[str, str]] = (("x-amzn-requestid", "aws-req-1"),),
) -> Reply:
    """A streamed 200 of ``frames``: one frame per chunk, or the bytes cut every ``chunk_size``."""
    if chunk_size is None:
        chunks: List[bytes] = list(frames)
    else:
        body = b"".join(frames)
        chunks = [body[i : i + chunk_size] for i in range(0, len(body), chunk_size)]
    return Reply(chunks=chunks, headers=[("content-type", CONTENT_TYPE), *headers])
