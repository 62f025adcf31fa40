"""Timeouts per client and per call (a float or an httpx.Timeout), APITimeoutError on expiry, and the
guard against non-streaming generations that could outlast the default timeout."""

from __future__ import annotations

import anthropic
import httpx
import pytest
from servers.scripted import Reply
from support.client_harness import CREATE, MESSAGE

SLOW = 0.3  # how late the server answers
SHORT = 0.05  # a timeout that expires long before that


def test_default_timeout_is_ten_minutes_with_five_seconds_to_connect(api, scripted_server):
    scripted_server.add("POST", "/v1/messages", Reply(body=MESSAGE))

    api.run(api.client.messages.create(**CREATE))

    assert api.client.timeout == httpx.Timeout(600, connect=5) == anthropic.DEFAULT_TIMEOUT
    assert scripted_server.requests[0].headers["x-stainless-read-timeout"] == "600"


@pytest.mark.parametrize("timeout", [SHORT, httpx.Timeout(5, read=SHORT)], ids=["float", "httpx.Timeout"])
def test_client_timeout_expiry_raises_api_timeout_error(api, scripted_server, timeout):
    route = scripted_server.add("POST", "/v1/messages", Reply(body=MESSAGE, delay_before=SLOW))

    with pytest.raises(anthropic.APITimeoutError) as info:
        api.run(api.make(timeout=timeout, max_retries=0).messages.create(**CREATE))

    assert isinstance(info.value, anthropic.APIConnectionError)
    assert isinstance(info.value.__cause__, httpx.TimeoutException)
    assert info.value.request.url.path == "/v1/messages"
    assert len(route.requests) == 1


@pytest.mark.parametrize("timeout", [SHORT, httpx.Timeout(5, read=SHORT)], ids=["float", "httpx.Timeout"])
def test_call_timeout_overrides_a_generous_client_timeout(api, scripted_server, timeout):
    scripted_server.add("POST", "/v1/messages", Reply(body=MESSAGE, delay_before=SLOW))

    with pytest.raises(anthropic.APITimeoutError):
        api.run(api.make(timeout=30, max_retries=0).messages.create(**CREATE, timeout=timeout))


def test_call_timeout_overrides_a_tight_client_timeout(api, scripted_server):
    scripted_server.add("POST", "/v1/messages", Reply(body=MESSAGE, delay_before=SHORT))

    message = api.run(api.make(timeout=0.01, max_retries=0).messages.create(**CREATE, timeout=5))

    assert message.id == "msg_01"


def test_timeouts_are_retried_then_reported(api, scripted_server):
    route = scripted_server.add("POST", "/v1/messages", [Reply(body=MESSAGE, delay_before=SLOW)] * 3)

    with pytest.raises(anthropic.APITimeoutError):
        api.run(api.make(timeout=SHORT).messages.create(**CREATE))

    assert len(route.requests) == 3 and len(api.sleeps) == 2
    assert len({r.headers["idempotency-key"] for r in route.requests}) == 1


def test_a_timeout_then_an_answer_succeeds(api, scripted_server):
    route = scripted_server.add("POST", "/v1/messages", [Reply(body=MESSAGE, delay_before=SLOW), Reply(body=MESSAGE)])

    message = api.run(api.make(timeout=SHORT).messages.create(**CREATE))

    assert message.id == "msg_01" and len(route.requests) == 2


def test_no_timeout_at_all_is_allowed_and_not_announced(api, scripted_server):
    scripted_server.add("POST", "/v1/messages", Reply(body=MESSAGE))

    api.run(api.client.messages.create(**CREATE, timeout=None))

    assert "x-stainless-timeout" not in scripted_server.requests[0].headers


# -- long-request guard ---------------------------------------------------------------------
# 0.79's rule: at 128,000 output tokens an hour, a non-streaming call whose max_tokens could take
# more than 10 minutes (max_tokens > 21,333) is refused before sending, as is one above a model's
# documented non-streaming ceiling, unless the caller chose a timeout.

LONG = dict(CREATE, max_tokens=21_334)


def test_long_non_streaming_call_is_refused_before_sending(api, scripted_server):
    for call in (api.client.messages.create, api.client.messages.with_raw_response.create):
        with pytest.raises(ValueError, match="10 minutes") as info:
            api.run(call(**LONG))
        assert "stream=True" in str(info.value) and "timeout" in str(info.value)

    assert scripted_server.requests == []


def test_beta_messages_are_guarded_too(api, scripted_server):
    with pytest.raises(ValueError, match="max_tokens=21334"):
        api.run(api.client.beta.messages.create(**LONG))

    assert scripted_server.requests == []


def test_model_ceiling_for_non_streaming_calls_is_enforced(api, scripted_server):
    scripted_server.add("POST", "/v1/messages", Reply(body=MESSAGE))
    opus = dict(CREATE, model="claude-opus-4-20250514")

    with pytest.raises(ValueError, match="claude-opus-4-20250514"):
        api.run(api.client.messages.create(**dict(opus, max_tokens=8_193)))
    api.run(api.client.messages.create(**dict(opus, max_tokens=8_192)))

    assert len(scripted_server.requests) == 1


@pytest.mark.parametrize(
    "how",
    ["just-under", "streaming", "call-timeout", "call-timeout-none", "client-timeout"],
)
def test_long_call_goes_through_when_it_is_safe_or_the_caller_chose(api, scripted_server, how):
    events = [b'event: message_stop\ndata: {"type": "message_stop"}\n\n']
    scripted_server.add("POST", "/v1/messages", Reply(chunks=events) if how == "streaming" else Reply(body=MESSAGE))
    client = api.make(timeout=900) if how == "client-timeout" else api.client
    kwargs = {
        "just-under": {"max_tokens": 21_333},
        "streaming": {"stream": True},
        "call-timeout": {"timeout": 1200},
        "call-timeout-none": {"timeout": None},
        "client-timeout": {},
    }[how]

    result = api.run(client.messages.create(**{**LONG, **kwargs}))
    if how == "streaming":
        api.collect(result)

    assert len(scripted_server.requests) == 1
