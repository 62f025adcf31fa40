"""Client behaviour over real HTTP: the generated `anthropic` client against the scripted loopback server."""

from __future__ import annotations

import gc
import json
import logging
import socket
import sys

import anthropic
import httpx
import pytest
from anthropic._exceptions import MissingCredentialsError
from anthropic._http_clients import default_ssl_context
from anthropic._legacy_response import LegacyAPIResponse
from anthropic._resource import SyncAPIResource
from anthropic._response import APIResponse
from anthropic.pagination import SyncPage
from anthropic.types import Message, ModelInfo, RawContentBlockDeltaEvent, RawMessageStopEvent
from servers.scripted import Reply, sse

MESSAGE = {
    "id": "msg_1",
    "type": "message",
    "role": "assistant",
    "model": "m",
    "content": [{"type": "text", "text": "hi", "citations": None}],
    "stop_reason": "end_turn",
    "stop_sequence": None,
    "usage": {"input_tokens": 3, "output_tokens": 1},
}
MESSAGES = [{"role": "user", "content": "Hello"}]


def _error(kind: str, message: str = "") -> dict:
    return {"type": "error", "error": {"type": kind, "message": message}}


def _model(model_id: str) -> dict:
    return {"id": model_id, "type": "model", "display_name": model_id, "created_at": "2025-01-01T00:00:00Z"}


def _page(ids: list, has_more: bool) -> dict:
    return {
        "data": [_model(i) for i in ids],
        "has_more": has_more,
        "first_id": ids[0] if ids else None,
        "last_id": ids[-1] if ids else None,
    }


def create(client, **kwargs):
    return client.messages.create(max_tokens=5, messages=MESSAGES, model="m", **kwargs)


def create_raw(client, **kwargs):
    return client.messages.with_raw_response.create(max_tokens=5, messages=MESSAGES, model="m", **kwargs)


def test_post_parses_model_sets_request_id_and_sends_expected_headers(client, scripted_server):
    scripted_server.add("POST", "/v1/messages", Reply(body=MESSAGE, headers={"request-id": "req_abc"}))
    msg = create(client)
    assert isinstance(msg, Message) and msg.content[0].text == "hi"
    assert msg._request_id == "req_abc"
    (sent,) = scripted_server.requests
    assert sent.headers["x-api-key"] == "sk-test-secret"
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["user-agent"] == f"Anthropic/Python {anthropic.__version__}"
    assert sent.headers["x-stainless-retry-count"] == "0"
    assert sent.headers["content-type"] == "application/json"
    assert sent.json == {"max_tokens": 5, "messages": MESSAGES, "model": "m"}


def test_retries_on_overloaded_honouring_retry_after_ms_and_counts_attempts(client, scripted_server, sleeps):
    scripted_server.add(
        "POST",
        "/v1/messages",
        [
            Reply(status=529, body=_error("overloaded_error", "busy"), headers={"retry-after-ms": "250"}),
            Reply(body=MESSAGE),
        ],
    )
    raw = create_raw(client)
    assert raw.retries_taken == 1
    assert sleeps == [0.25]
    assert [r.headers["x-stainless-retry-count"] for r in scripted_server.requests] == ["0", "1"]


def test_gives_up_after_max_retries_with_the_status_error(client, scripted_server, sleeps):
    scripted_server.add("POST", "/v1/messages", [Reply(status=500, body=_error("api_error", "boom"))] * 3)
    with pytest.raises(anthropic.InternalServerError, match=r"Error code: 500 - \{'type': 'error'"):
        create(client)
    assert len(scripted_server.requests) == 3 and len(sleeps) == 2


def test_client_error_is_not_retried_and_carries_body(client, scripted_server):
    scripted_server.add(
        "POST",
        "/v1/messages",
        Reply(status=400, body=_error("invalid_request_error", "bad"), headers={"request-id": "req_e"}),
    )
    with pytest.raises(anthropic.BadRequestError) as info:
        create(client)
    assert info.value.body["error"]["message"] == "bad"
    assert info.value.request_id == "req_e"
    assert len(scripted_server.requests) == 1
    assert "sk-test-secret" not in str(info.value)


def test_x_should_retry_false_stops_retries(client, scripted_server):
    scripted_server.add(
        "POST", "/v1/messages", Reply(status=503, body={"error": {"type": "x"}}, headers={"x-should-retry": "false"})
    )
    with pytest.raises(anthropic.InternalServerError):
        create(client)
    assert len(scripted_server.requests) == 1


def test_connection_refused_becomes_api_connection_error_after_retries(monkeypatch):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    sleeps: list = []
    client = anthropic.Anthropic(api_key="sk-test-secret", base_url=f"http://127.0.0.1:{port}")
    monkeypatch.setattr(client, "_sleep", sleeps.append)
    with pytest.raises(anthropic.APIConnectionError, match="Connection error") as info:
        create(client)
    assert isinstance(info.value.__cause__, httpx.TransportError)
    assert len(sleeps) == 2
    client.close()


def test_timeout_becomes_api_timeout_error(client, scripted_server):
    scripted_server.add("POST", "/v1/messages", Reply(body=MESSAGE, delay_before=1.0))
    with pytest.raises(anthropic.APITimeoutError):
        create(client.with_options(max_retries=0), timeout=0.2)


def test_with_raw_response_returns_legacy_response_and_marker_stays_off_the_wire(client, scripted_server):
    scripted_server.add("POST", "/v1/messages", Reply(body=MESSAGE, headers={"request-id": "req_raw"}))
    raw = create_raw(client, extra_headers={"X-Custom": "1"})
    assert isinstance(raw, LegacyAPIResponse)
    assert raw.status_code == 200 and raw.request_id == "req_raw" and raw.headers["request-id"] == "req_raw"
    msg = raw.parse()
    assert isinstance(msg, Message) and msg._request_id == "req_raw"
    assert raw.parse() is msg
    assert json.loads(raw.text) == MESSAGE and raw.json() == MESSAGE
    sent = set(scripted_server.requests[0].headers)
    assert "x-custom" in sent
    assert not any("raw-response" in k or "override_cast" in k for k in sent)


def test_with_streaming_response_does_not_read_the_body_up_front(client, scripted_server):
    scripted_server.add(
        "POST",
        "/v1/messages",
        Reply(
            chunks=[b'{"id": "msg_1", ', b'"type": "message", "content": []}'],
            headers={"content-type": "application/json"},
        ),
    )
    with client.messages.with_streaming_response.create(max_tokens=5, messages=MESSAGES, model="m") as response:
        assert isinstance(response, APIResponse)
        assert not response.is_closed
        assert response.parse().id == "msg_1"
    assert response.is_closed
    assert not any("raw-response" in k for k in scripted_server.requests[0].headers)


DELTA = {"type": "text_delta", "text": "a"}
SSE_OK = [
    *sse(
        ("ping", {"type": "ping"}),
        ("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": DELTA}),
        # no `type` in the data: older event shapes carry it only on the `event:` line
        ("content_block_delta", {"index": 1, "delta": DELTA}),
        ("mystery", {"type": "mystery", "x": 1}),
    ),
    b'event: message_stop\r\ndata: {"type": "message_stop"}\r\n\r\n',
]
STREAM_TYPES = [RawContentBlockDeltaEvent, RawContentBlockDeltaEvent, anthropic.BaseModel, RawMessageStopEvent]


def test_stream_yields_typed_events_skips_ping_and_keeps_unknown(client, scripted_server):
    scripted_server.add("POST", "/v1/messages", Reply(chunks=SSE_OK))
    with create(client, stream=True) as stream:
        assert isinstance(stream.response, httpx.Response)
        events = list(stream)
    assert [type(e) for e in events] == STREAM_TYPES
    assert events[1].index == 1 and events[2].x == 1
    assert stream.response.is_closed
    assert scripted_server.requests[0].json["stream"] is True


def test_error_event_in_stream_raises_mapped_status_error(client, scripted_server):
    error = sse(("error", _error("overloaded_error", "Overloaded")))
    scripted_server.add("POST", "/v1/messages", Reply(chunks=[SSE_OK[1], *error]))
    stream = create(client, stream=True)
    it = iter(stream)
    assert next(it).index == 0
    with pytest.raises(anthropic.OverloadedError, match="Overloaded"):
        next(it)


def test_invalid_json_in_stream_raises_typed_error_naming_the_event(client, scripted_server):
    scripted_server.add("POST", "/v1/messages", Reply(chunks=[b"event: content_block_delta\ndata: {nope\n\n"]))
    with pytest.raises(anthropic.APIResponseValidationError, match="content_block_delta"):
        list(create(client, stream=True))


def test_mid_stream_disconnect_raises_api_connection_error(client, scripted_server):
    first = SSE_OK[1]
    # the first event arrives whole, then 7 bytes of the next chunk and the connection drops
    scripted_server.add(
        "POST", "/v1/messages", Reply(chunks=[first, b"partial event data"], close_after=len(first) + 7)
    )
    stream = create(client, stream=True)
    it = iter(stream)
    assert next(it).index == 0
    with pytest.raises(anthropic.APIConnectionError) as info:
        next(it)
    assert isinstance(info.value.__cause__, httpx.TransportError)


def test_sync_page_iterates_across_pages_using_after_id(client, scripted_server):
    scripted_server.add("GET", "/v1/models", [Reply(body=_page(["a", "b"], True)), Reply(body=_page(["c"], False))])
    page = client.models.list(limit=2)
    assert page.has_next_page() and page.next_page_info().params == {"after_id": "b"}
    assert [m.id for m in page] == ["a", "b", "c"]
    assert scripted_server.requests[1].target == "/v1/models?limit=2&after_id=b"


def test_before_id_paging_goes_backwards_and_empty_page_stops(client, scripted_server):
    scripted_server.add("GET", "/v1/models", [Reply(body=_page(["x"], True)), Reply(body=_page([], True))])
    page = client.models.list(before_id="z")
    assert page.next_page_info().params == {"before_id": "x"}
    pages = list(page.iter_pages())
    assert len(pages) == 2 and not pages[1].has_next_page()
    assert scripted_server.requests[1].query == {"before_id": "x"}


@pytest.mark.anyio
async def test_async_client_paginator_is_awaitable_and_async_iterable(async_client, scripted_server):
    scripted_server.add(
        "GET",
        "/v1/models",
        [Reply(body=_page(["a"], True)), Reply(body=_page(["b"], False)), Reply(body=_page(["a"], False))],
    )
    async with async_client as client:
        ids = [m.id async for m in client.models.list()]
        first = await client.models.list()
    assert ids == ["a", "b"] and [m.id for m in first.data] == ["a"]
    assert isinstance(first.data[0], ModelInfo)


@pytest.mark.anyio
async def test_async_client_retries_and_streams(async_client, scripted_server, sleeps):
    scripted_server.add(
        "POST",
        "/v1/messages",
        [
            Reply(status=429, body={"error": {"type": "rate_limit_error"}}, headers={"retry-after": "2"}),
            Reply(chunks=SSE_OK),
            Reply(body=MESSAGE, headers={"request-id": "req_a"}),
        ],
    )
    async with async_client as client:
        stream = await create(client, stream=True)
        events = [e async for e in stream]
        raw = await create_raw(client)
    assert sleeps == [2.0]
    assert [type(e) for e in events] == STREAM_TYPES
    assert raw.parse()._request_id == "req_a"
    assert scripted_server.requests[0].headers["x-stainless-async"].startswith("async:")


def test_debug_logs_redact_credentials(client, scripted_server, caplog):
    scripted_server.add("POST", "/v1/messages", Reply(body=MESSAGE))
    with caplog.at_level(logging.DEBUG, logger="anthropic"):
        create(client, extra_headers={"Authorization": "Bearer tok-secret", "X-My-Token": "t0k"})
    text = caplog.text
    assert "Sending HTTP Request" in text
    assert "sk-test-secret" not in text and "tok-secret" not in text and "t0k" not in text
    assert "<redacted>" in text


def test_missing_credentials_are_reported_by_validate_headers_before_sending(client, scripted_server):
    client.api_key = None
    with pytest.raises(TypeError, match="authenticate") as info:
        create(client)
    assert isinstance(info.value, MissingCredentialsError)
    assert scripted_server.requests == []


def test_user_supplied_http_client_is_not_closed_when_api_client_is_collected():
    http = httpx.Client()
    client = anthropic.Anthropic(api_key="sk-test-secret", base_url="http://localhost", http_client=http)
    copy = anthropic.Anthropic(api_key="sk-test-secret", base_url="http://localhost", http_client=client._client)
    del client, copy
    gc.collect()
    assert not http.is_closed
    http.close()


def test_created_clients_share_one_ssl_context():
    a = anthropic.Anthropic(api_key="sk-test-secret", base_url="https://x")
    b = anthropic.Anthropic(api_key="sk-test-secret", base_url="https://y")
    ctx_a = a._client._transport._pool._ssl_context
    assert ctx_a is b._client._transport._pool._ssl_context
    assert ctx_a is default_ssl_context()
    a.close(), b.close()


def test_aiohttp_client_without_extra_raises_a_clear_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "httpx_aiohttp", None)  # makes `import httpx_aiohttp` fail
    with pytest.raises(RuntimeError, match=r"anthropic\[aiohttp\]"):
        anthropic.DefaultAioHttpClient()


def test_resource_binds_client_verbs(client):
    res = SyncAPIResource(client)
    assert res._post == client.post and res._get_api_list == client.get_api_list and res._client is client
    assert isinstance(client.models, SyncAPIResource) and client.models._client is client


def test_raw_list_page_fetches_following_pages_as_plain_pages(client, scripted_server):
    scripted_server.add("GET", "/v1/models", [Reply(body=_page(["a"], True)), Reply(body=_page(["b"], False))])
    raw = client.models.with_raw_response.list()
    page = raw.parse()
    nxt = page.get_next_page()
    assert isinstance(nxt, SyncPage) and [m.id for m in nxt.data] == ["b"]
    assert all(not any("raw-response" in k for k in r.headers) for r in scripted_server.requests)
