"""`.with_raw_response` (the response with headers, `parse()`, the request, retries and timing),
`.with_streaming_response` (a context manager that reads the body only on demand), and `_request_id`
on parsed models."""

from __future__ import annotations

import datetime
import json

import anthropic
import pytest
from anthropic.types import Message, ModelInfo
from servers.scripted import Reply
from support.client_harness import CREATE, MESSAGE, MODEL

HEADERS = {"request-id": "req_raw_1", "x-custom": "yes"}


def test_plain_call_result_carries_the_request_id(api, scripted_server):
    scripted_server.add("POST", "/v1/messages", Reply(body=MESSAGE, headers=HEADERS))
    scripted_server.add("GET", "/v1/models/claude-test", Reply(body=MODEL, headers={"request-id": "req_m"}))

    message = api.run(api.client.messages.create(**CREATE))
    model = api.run(api.client.models.retrieve("claude-test"))

    assert message._request_id == "req_raw_1" and model._request_id == "req_m"
    assert "_request_id" not in message.model_dump() and "req_raw_1" not in repr(message)


def test_raw_response_exposes_headers_request_retries_and_elapsed(api, scripted_server):
    scripted_server.add("POST", "/v1/messages", [Reply(status=529), Reply(body=MESSAGE, headers=HEADERS)])

    raw = api.run(api.client.messages.with_raw_response.create(**CREATE))

    assert raw.status_code == 200 and raw.headers["x-custom"] == "yes" and raw.request_id == "req_raw_1"
    assert raw.http_request.method == "POST" and raw.http_request.url.path == "/v1/messages"
    assert raw.http_request.headers["x-stainless-retry-count"] == "1"
    assert raw.retries_taken == 1
    assert isinstance(raw.elapsed, datetime.timedelta) and raw.elapsed.total_seconds() >= 0
    assert json.loads(raw.text) == MESSAGE and raw.json() == MESSAGE and raw.content == raw.http_response.content


def test_raw_response_parse_gives_the_model_with_its_request_id(api, scripted_server):
    scripted_server.add("POST", "/v1/messages", Reply(body=MESSAGE, headers=HEADERS))

    raw = api.run(api.client.messages.with_raw_response.create(**CREATE))
    message = raw.parse()  # synchronous on both clients: the body was read already

    assert isinstance(message, Message) and message.content[0].text == "Hello!"
    assert message._request_id == "req_raw_1" and raw.parse() is message


def test_raw_response_still_raises_for_error_statuses(api, scripted_server):
    scripted_server.add("GET", "/v1/models/gone", Reply(status=404, body={"error": {"type": "not_found_error"}}))

    with pytest.raises(anthropic.NotFoundError):
        api.run(api.client.models.with_raw_response.retrieve("gone"))


def test_streaming_response_reads_the_body_only_inside_the_context(api, scripted_server):
    scripted_server.add("GET", "/v1/models/claude-test", Reply(body=MODEL, headers=HEADERS))
    manager = api.client.models.with_streaming_response.retrieve("claude-test")

    if api.is_async:

        async def use() -> tuple:
            async with manager as response:
                before = response.is_closed
                model = await response.parse()
            return response, before, model

        response, closed_before_parse, model = api.loop.run_until_complete(use())
    else:
        with manager as response:
            closed_before_parse = response.is_closed
            model = response.parse()

    assert closed_before_parse is False
    assert isinstance(model, ModelInfo) and model.id == "claude-test" and model._request_id == "req_raw_1"
    assert response.headers["x-custom"] == "yes" and response.retries_taken == 0
    assert response.is_closed  # the context released the connection


def test_streaming_response_iterates_bytes_and_lines(api, scripted_server):
    lines = [b'{"n": 1}', b'{"n": 2}', b'{"n": 3}']
    scripted_server.add(
        "GET",
        "/v1/models/claude-test",
        [Reply(chunks=[line + b"\n" for line in lines], content_type="application/x-ndjson")] * 2,
    )

    def read(method: str) -> list:
        manager = api.client.models.with_streaming_response.retrieve("claude-test")
        if api.is_async:

            async def use() -> list:
                async with manager as response:
                    return [item async for item in getattr(response, method)()]

            return api.loop.run_until_complete(use())
        with manager as response:
            return list(getattr(response, method)())

    assert b"".join(read("iter_bytes")) == b"\n".join(lines) + b"\n"
    assert read("iter_lines") == [line.decode() for line in lines]


def test_streaming_response_cut_short_raises_api_connection_error(api, scripted_server):
    scripted_server.add("GET", "/v1/models/claude-test", Reply(body=MODEL, close_after=10))
    manager = api.client.models.with_streaming_response.retrieve("claude-test")

    with pytest.raises(anthropic.APIConnectionError, match="RemoteProtocolError"):
        if api.is_async:

            async def use() -> None:
                async with manager as response:
                    await response.parse()

            api.loop.run_until_complete(use())
        else:
            with manager as response:
                response.parse()


def test_streaming_response_of_a_stream_call_yields_events(api, scripted_server):
    events = [
        b'event: message_start\ndata: {"type": "message_start", "message": ' + json.dumps(MESSAGE).encode() + b"}\n\n",
        b'event: message_stop\ndata: {"type": "message_stop"}\n\n',
    ]
    scripted_server.add("POST", "/v1/messages", Reply(chunks=events, headers=HEADERS))
    manager = api.client.messages.with_streaming_response.create(**CREATE, stream=True)

    if api.is_async:

        async def use() -> list:
            async with manager as response:
                stream = await response.parse()
                return [event.type async for event in stream]

        types = api.loop.run_until_complete(use())
    else:
        with manager as response:
            types = [event.type for event in response.parse()]

    assert types == ["message_start", "message_stop"]


def test_jsonl_results_cut_short_raise_api_connection_error_after_the_whole_lines(api, scripted_server):
    line = json.dumps({"custom_id": "a", "result": {"type": "expired"}}).encode() + b"\n"
    body = line * 3
    scripted_server.add(
        "GET",
        "/v1/messages/batches/b1/results",
        Reply(chunks=[line, line, line], content_type="application/x-jsonl", close_after=len(body) - 5),
    )
    received = []

    with pytest.raises(anthropic.APIConnectionError, match="RemoteProtocolError"):
        results = api.run(api.client.messages.batches.results("b1"))
        if api.is_async:

            async def drain() -> None:
                async for item in results:
                    received.append(item.custom_id)

            api.loop.run_until_complete(drain())
        else:
            for item in results:
                received.append(item.custom_id)

    assert received == ["a", "a"]
