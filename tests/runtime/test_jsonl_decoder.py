"""The JSON Lines decoder (`anthropic._decoders.jsonl`) used for batch results."""

from typing import Optional

import anyio
import httpx
import pytest
from anthropic._decoders.jsonl import AsyncJSONLDecoder, JSONLDecoder
from anthropic._exceptions import APIResponseValidationError
from anthropic._models import BaseModel


def _response(body: bytes) -> httpx.Response:
    return httpx.Response(200, content=body, request=httpx.Request("GET", "http://test/results"))


def test_lines_split_across_chunks_are_built_into_models():
    class Row(BaseModel):
        custom_id: str
        n: Optional[int] = None

    body = b'{"custom_id": "a", "n": 1}\r\n{"custom_id": "b"}\n\n{"custom_id": "c", "n": 3}'
    chunks = [body[i : i + 5] for i in range(0, len(body), 5)]
    resp = _response(body)
    rows = list(JSONLDecoder(raw_iterator=iter(chunks), line_type=Row, http_response=resp))
    assert [(r.custom_id, r.n) for r in rows] == [("a", 1), ("b", None), ("c", 3)]
    assert isinstance(rows[0], Row)
    assert resp.is_closed


def test_truncated_last_line_raises_a_typed_error_naming_the_truncation():
    body = b'{"custom_id": "a"}\n{"custom_id": "b", "resu'
    decoder = JSONLDecoder(raw_iterator=iter([body]), line_type=dict, http_response=_response(body))
    it = iter(decoder)
    assert next(it) == {"custom_id": "a"}
    with pytest.raises(APIResponseValidationError, match="truncated"):
        next(it)


def test_invalid_middle_line_raises_a_typed_error():
    body = b'{"a": 1}\nnot json\n{"a": 2}\n'
    with pytest.raises(APIResponseValidationError, match="not valid JSON"):
        list(JSONLDecoder(raw_iterator=iter([body]), line_type=dict, http_response=_response(body)))


def test_async_jsonl_decoder():
    body = b'{"a": 1}\n{"a": 2}\n'

    async def main():
        async def gen():
            for i in range(len(body)):
                yield body[i : i + 1]

        return [x async for x in AsyncJSONLDecoder(raw_iterator=gen(), line_type=dict, http_response=_response(body))]

    assert anyio.run(main) == [{"a": 1}, {"a": 2}]
