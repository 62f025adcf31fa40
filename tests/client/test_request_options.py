"""Per-request options on generated methods (extra_headers, extra_query, extra_body, timeout), the
verb helpers for endpoints the SDK does not describe, and NOT_GIVEN / omit as one idea."""

from __future__ import annotations

import anthropic
import httpx
import pytest
from anthropic import NOT_GIVEN, omit
from anthropic.types import Message
from servers.scripted import Reply
from support.client_harness import CREATE, MESSAGE


def test_extra_headers_add_and_override_and_omit_removes(api, scripted_server):
    scripted_server.add("POST", "/v1/messages", Reply(body=MESSAGE))
    client = api.make(default_headers={"X-Team": "blue", "X-Drop": "me"})

    api.run(
        client.messages.create(
            **CREATE, extra_headers={"X-Trace": "t-1", "x-team": "red", "X-Drop": omit, "User-Agent": "mine/1"}
        )
    )

    sent = scripted_server.requests[0].headers
    assert sent["x-trace"] == "t-1" and sent["x-team"] == "red" and sent["user-agent"] == "mine/1"
    assert "x-drop" not in sent


def test_extra_query_is_merged_into_the_query_string(api, scripted_server):
    scripted_server.add("GET", "/v1/models?limit=2&region=eu", Reply(body={"data": [], "has_more": False}))

    api.run(api.client.models.list(limit=2, extra_query={"region": "eu"}))

    assert scripted_server.requests[0].query == {"limit": "2", "region": "eu"}


def test_extra_body_is_merged_into_the_json_body_and_wins(api, scripted_server):
    scripted_server.add("POST", "/v1/messages", Reply(body=MESSAGE))

    api.run(api.client.messages.create(**CREATE, extra_body={"max_tokens": 99, "experimental": {"x": True}}))

    body = scripted_server.requests[0].json
    assert body["max_tokens"] == 99 and body["experimental"] == {"x": True} and body["model"] == "claude-test"


def test_per_call_timeout_is_announced_and_client_timeout_otherwise(api, scripted_server):
    scripted_server.add("POST", "/v1/messages", Reply(body=MESSAGE), repeat_last=True)

    api.run(api.client.messages.create(**CREATE))
    api.run(api.client.messages.create(**CREATE, timeout=12.5))
    api.run(api.client.messages.create(**CREATE, timeout=httpx.Timeout(30, read=45)))

    sent = [r.headers["x-stainless-timeout"] for r in scripted_server.requests]
    assert sent == ["600", "12.5", "45"]


@pytest.mark.parametrize("leave_out", [NOT_GIVEN, omit], ids=["NOT_GIVEN", "omit"])
def test_not_given_and_omit_both_leave_a_body_field_out(api, scripted_server, leave_out):
    scripted_server.add("POST", "/v1/messages", Reply(body=MESSAGE))

    api.run(api.client.messages.create(**CREATE, temperature=leave_out, system=leave_out, metadata=leave_out))

    assert set(scripted_server.requests[0].json) == {"max_tokens", "messages", "model"}


@pytest.mark.parametrize("leave_out", [NOT_GIVEN, omit], ids=["NOT_GIVEN", "omit"])
def test_not_given_and_omit_both_drop_a_header_and_mean_the_client_timeout(api, scripted_server, leave_out):
    scripted_server.add("POST", "/v1/messages", Reply(body=MESSAGE), repeat_last=True)
    client = api.make(timeout=20)

    api.run(client.messages.create(**CREATE, extra_headers={"anthropic-version": leave_out}, timeout=leave_out))
    api.run(client.with_options(timeout=leave_out, max_retries=leave_out).messages.create(**CREATE))

    first, second = scripted_server.requests
    assert "anthropic-version" not in first.headers
    assert first.headers["x-stainless-timeout"] == second.headers["x-stainless-timeout"] == "20"


@pytest.mark.parametrize("verb", ["get", "post", "put", "patch", "delete"])
def test_verb_helpers_reach_undocumented_endpoints(api, scripted_server, verb):
    scripted_server.add(verb.upper(), "/v1/experimental/thing", Reply(body={"ok": True, "verb": verb}))
    options = {"headers": {"X-Extra": "1"}, "params": {"dry_run": "true"}}
    call = getattr(api.client, verb)

    if verb == "get":
        result = api.run(call("/v1/experimental/thing", cast_to=object, options=options))
    else:
        result = api.run(call("/v1/experimental/thing", cast_to=object, body={"n": 1}, options=options))

    assert result == {"ok": True, "verb": verb}
    sent = scripted_server.requests[0]
    assert sent.method == verb.upper() and sent.query == {"dry_run": "true"} and sent.headers["x-extra"] == "1"
    assert sent.json == (None if verb == "get" else {"n": 1})
    assert sent.headers["x-api-key"]  # the client's credentials and defaults still apply


def test_verb_helper_casts_to_a_model_or_returns_the_raw_response(api, scripted_server):
    scripted_server.add("POST", "/v1/messages", [Reply(body=MESSAGE), Reply(body=MESSAGE)])

    message = api.run(api.client.post("/v1/messages", cast_to=Message, body=CREATE))
    raw = api.run(api.client.post("/v1/messages", cast_to=httpx.Response, body=CREATE))

    assert isinstance(message, Message) and message.content[0].text == "Hello!"
    assert isinstance(raw, httpx.Response) and raw.status_code == 200


def test_verb_helper_errors_are_mapped_like_generated_methods(api, scripted_server):
    scripted_server.add("GET", "/v1/experimental/thing", Reply(status=404, body={"error": {"type": "not_found_error"}}))

    with pytest.raises(anthropic.NotFoundError):
        api.run(api.client.get("/v1/experimental/thing", cast_to=object))
