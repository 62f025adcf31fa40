"""Client behaviour that Prism cannot show: several pages, chosen error statuses, SSE, exact headers."""

from __future__ import annotations

import anthropic
import pytest
from anthropic.types import ModelInfo, RawMessageStartEvent
from servers.scripted import Reply, sse


def _model(model_id: str) -> dict:
    return {"id": model_id, "type": "model", "display_name": model_id, "created_at": "2025-01-01T00:00:00Z"}


def _page(ids: list[str], has_more: bool) -> dict:
    return {"data": [_model(i) for i in ids], "has_more": has_more, "first_id": ids[0], "last_id": ids[-1]}


def _error(kind: str, message: str) -> dict:
    return {"type": "error", "error": {"type": kind, "message": message}, "request_id": "req_1"}


MESSAGE = {
    "id": "msg_1",
    "type": "message",
    "role": "assistant",
    "model": "claude-opus-4-6",
    "content": [{"type": "text", "text": "Hi", "citations": None}],
    "stop_reason": "end_turn",
    "stop_sequence": None,
    "usage": {"input_tokens": 3, "output_tokens": 1},
}


@pytest.fixture
def client(scripted_server) -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key="sk-test-secret", base_url=scripted_server.base_url, max_retries=0)


def _script_two_pages(server) -> None:
    server.add("GET", "/v1/models?limit=2", Reply(body=_page(["m1", "m2"], True)))
    server.add("GET", "/v1/models?limit=2&after_id=m2", Reply(body=_page(["m3"], False)))


def test_auto_pagination_fetches_every_page(client, scripted_server):
    _script_two_pages(scripted_server)
    ids = [m.id for m in client.models.list(limit=2)]
    assert ids == ["m1", "m2", "m3"]
    assert [r.query for r in scripted_server.requests] == [{"limit": "2"}, {"limit": "2", "after_id": "m2"}]


def test_manual_page_navigation(client, scripted_server):
    _script_two_pages(scripted_server)
    first = client.models.list(limit=2)
    assert first.has_next_page()
    second = first.get_next_page()
    assert [m.id for m in second.data] == ["m3"]
    assert not second.has_next_page()


@pytest.mark.anyio
async def test_async_auto_pagination_fetches_every_page(scripted_server):
    _script_two_pages(scripted_server)
    client = anthropic.AsyncAnthropic(api_key="k", base_url=scripted_server.base_url, max_retries=0)
    ids = [m.id async for m in client.models.list(limit=2)]
    assert ids == ["m1", "m2", "m3"]


@pytest.mark.anyio
async def test_async_list_awaited_gives_first_page(scripted_server):
    _script_two_pages(scripted_server)
    client = anthropic.AsyncAnthropic(api_key="k", base_url=scripted_server.base_url, max_retries=0)
    first = await client.models.list(limit=2)
    assert isinstance(first.data[0], ModelInfo)
    assert [m.id for m in (await first.get_next_page()).data] == ["m3"]


@pytest.mark.parametrize(
    ("status", "kind", "error_class"),
    [
        (400, "invalid_request_error", anthropic.BadRequestError),
        (401, "authentication_error", anthropic.AuthenticationError),
        (403, "permission_error", anthropic.PermissionDeniedError),
        (404, "not_found_error", anthropic.NotFoundError),
        (429, "rate_limit_error", anthropic.RateLimitError),
        (500, "api_error", anthropic.InternalServerError),
        (529, "overloaded_error", anthropic.OverloadedError),
    ],
)
def test_error_status_raises_its_class(client, scripted_server, status, kind, error_class):
    scripted_server.add(
        "GET", "/v1/models/m1", Reply(status=status, body=_error(kind, "nope"), headers=[("request-id", "req_9")])
    )
    with pytest.raises(error_class) as info:
        client.models.retrieve("m1")
    assert info.value.status_code == status
    assert info.value.request_id == "req_9"
    assert "nope" in str(info.value)


def test_request_carries_key_version_and_json_body(client, scripted_server):
    scripted_server.add("POST", "/v1/messages", Reply(body=MESSAGE))
    client.messages.create(max_tokens=8, messages=[{"role": "user", "content": "Hi"}], model="claude-opus-4-6")
    (sent,) = scripted_server.requests
    assert sent.headers["x-api-key"] == "sk-test-secret"
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.json == {"max_tokens": 8, "messages": [{"role": "user", "content": "Hi"}], "model": "claude-opus-4-6"}


def test_auth_token_is_sent_as_bearer(scripted_server):
    scripted_server.add("GET", "/v1/models/m1", Reply(body=_model("m1")))
    client = anthropic.Anthropic(auth_token="tok", api_key=None, base_url=scripted_server.base_url)
    client.models.retrieve("m1")
    assert scripted_server.requests[0].headers["authorization"] == "Bearer tok"


def test_betas_become_one_comma_joined_header(client, scripted_server):
    scripted_server.add("GET", "/v1/models/m1", Reply(body=_model("m1")))
    client.models.retrieve("m1", betas=["a-2025-01-01", "b-2025-02-02"], extra_headers={"x-extra": "1"})
    sent = scripted_server.requests[0].headers
    assert sent["anthropic-beta"] == "a-2025-01-01,b-2025-02-02"
    assert sent["x-extra"] == "1"


def test_path_ids_are_percent_encoded(client, scripted_server):
    scripted_server.add("GET", "/v1/models/a%2Fb%3Fc", Reply(body=_model("a/b?c")))
    assert client.models.retrieve("a/b?c").id == "a/b?c"


def test_extra_body_and_extra_query_are_sent(client, scripted_server):
    scripted_server.add("POST", "/v1/messages?trace=1", Reply(body=MESSAGE))
    client.messages.create(
        max_tokens=8,
        messages=[{"role": "user", "content": "Hi"}],
        model="claude-opus-4-6",
        extra_body={"custom": True},
        extra_query={"trace": "1"},
    )
    assert scripted_server.requests[0].json["custom"] is True


def test_unknown_content_block_type_is_kept(client, scripted_server):
    body = dict(MESSAGE, content=[{"type": "hologram", "depth": 3}], stop_reason="brand_new_reason")
    scripted_server.add("POST", "/v1/messages", Reply(body=body))
    message = client.messages.create(
        max_tokens=8, messages=[{"role": "user", "content": "Hi"}], model="claude-opus-4-6"
    )
    assert message.content[0].type == "hologram"
    assert message.content[0].depth == 3
    assert message.stop_reason == "brand_new_reason"


def test_stream_true_returns_raw_event_stream(client, scripted_server):
    start = {"type": "message_start", "message": dict(MESSAGE, content=[], stop_reason=None)}
    events = sse(
        ("message_start", start),
        ("ping", {"type": "ping"}),
        (
            "content_block_start",
            {
                "type": "content_block_start",
                "index": 0,
                "content_block": {"type": "text", "text": "", "citations": None},
            },
        ),
        (
            "content_block_delta",
            {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Hi"}},
        ),
        ("content_block_stop", {"type": "content_block_stop", "index": 0}),
        (
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                "usage": {"output_tokens": 1},
            },
        ),
        ("message_stop", {"type": "message_stop"}),
    )
    scripted_server.add("POST", "/v1/messages", Reply(chunks=events))
    with client.messages.create(
        max_tokens=8, messages=[{"role": "user", "content": "Hi"}], model="claude-opus-4-6", stream=True
    ) as stream:
        received = list(stream)
    assert [e.type for e in received] == [
        "message_start",
        "content_block_start",
        "content_block_delta",
        "content_block_stop",
        "message_delta",
        "message_stop",
    ]
    assert isinstance(received[0], RawMessageStartEvent)
    assert scripted_server.requests[0].json["stream"] is True


def test_error_event_in_stream_raises_typed_error(client, scripted_server):
    events = sse(("error", {"type": "error", "error": {"type": "overloaded_error", "message": "busy"}}))
    scripted_server.add("POST", "/v1/messages", Reply(chunks=events))
    stream = client.messages.create(
        max_tokens=8, messages=[{"role": "user", "content": "Hi"}], model="claude-opus-4-6", stream=True
    )
    with pytest.raises(anthropic.OverloadedError, match="busy"):
        list(stream)


def test_api_key_never_appears_in_client_repr_or_error(client, scripted_server):
    scripted_server.add("GET", "/v1/models/m1", Reply(status=404, body=_error("not_found_error", "gone")))
    with pytest.raises(anthropic.NotFoundError) as info:
        client.models.retrieve("m1")
    assert "sk-test-secret" not in repr(client)
    assert "sk-test-secret" not in str(info.value)
    assert "sk-test-secret" not in repr(info.value)


def test_with_options_shares_the_connection_pool(client):
    copy = client.with_options(timeout=5.0, max_retries=4)
    assert copy._client is client._client
    assert copy.timeout == 5.0 and copy.max_retries == 4
    assert copy.api_key == client.api_key


def test_auto_pagination_stops_with_an_error_when_the_cursor_repeats(client, scripted_server):
    # A server (or a mock) that keeps answering "has_more" with the same cursor must not hang the caller.
    scripted_server.add("GET", "/v1/models", Reply(body=_page(["m1"], True)))
    scripted_server.add("GET", "/v1/models?after_id=m1", Reply(body=_page(["m1"], True)), repeat_last=True)
    with pytest.raises(anthropic.AnthropicError, match="cursor seen before"):
        list(client.models.list())
    assert len(scripted_server.requests) == 2  # the repeat is caught before asking again


def test_stream_events_mentioning_error_in_their_text_are_still_typed(client, scripted_server):
    # Events whose text holds "error" skip the direct-validation shortcut; they must come out the same.
    delta = {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": 'say "error"'}}
    scripted_server.add(
        "POST",
        "/v1/messages",
        Reply(chunks=sse(("content_block_delta", delta), ("message_stop", {"type": "message_stop"}))),
    )
    events = list(
        client.messages.create(max_tokens=8, messages=[{"role": "user", "content": "Hi"}], model="m", stream=True)
    )
    assert type(events[0]).__name__ == "RawContentBlockDeltaEvent"
    assert events[0].delta.text == 'say "error"'
    assert type(events[1]).__name__ == "RawMessageStopEvent"
