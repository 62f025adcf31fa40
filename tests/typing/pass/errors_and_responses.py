"""Errors carry typed fields; raw and streamed responses give headers and the parsed object."""

from __future__ import annotations

from pathlib import Path

import anthropic
import httpx
from anthropic import Anthropic
from anthropic.types import Message
from anthropic.types.beta import FileMetadata
from typing_extensions import Literal, assert_type

client = Anthropic(max_retries=0, timeout=20.0)

try:
    client.messages.create(max_tokens=8, messages=[{"role": "user", "content": "Hi"}], model="claude-opus-4-6")
except anthropic.RateLimitError as exc:
    assert_type(exc.status_code, Literal[429])
    print(exc.response.headers.get("retry-after"))
except anthropic.APIStatusError as exc:
    assert_type(exc.status_code, int)
    assert_type(exc.response, httpx.Response)
    print(exc.request_id, exc.body)
except anthropic.APIConnectionError as exc:
    print(exc.request.url)

raw = client.messages.with_raw_response.create(max_tokens=8, messages=[], model="claude-opus-4-6")
assert_type(raw.http_response, httpx.Response)
message = raw.parse()
assert_type(message, Message)

with client.messages.with_streaming_response.create(max_tokens=8, messages=[], model="x") as response:
    for line in response.iter_lines():
        assert_type(line, str)

uploaded = client.beta.files.upload(file=Path("notes.txt"))
assert_type(uploaded, FileMetadata)
uploaded_bytes = client.beta.files.upload(file=("notes.txt", b"hello", "text/plain"))
content = client.beta.files.download(uploaded.id)
content.write_to_file("copy.txt")
print(message.model_dump_json(indent=2), message.to_dict(), message.to_json())
