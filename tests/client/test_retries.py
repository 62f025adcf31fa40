"""The retry policy, counted on the server: which failures are retried and how often, how long the
client waits (recorded, never slept), the headers each attempt carries, and what is never retried."""

from __future__ import annotations

import email.utils
import types

import anthropic
import anthropic._retries
import httpx
import pytest
from servers.scripted import (
    CLOSE_AFTER_HEADERS,
    CLOSE_BEFORE_HEADERS,
    RESET_AFTER_HEADERS,
    RESET_BEFORE_HEADERS,
    Reply,
)
from support.client_harness import CREATE, MESSAGE, MODEL, error_body

NOW = 1_900_000_000.0  # the fake clock's "now", for HTTP-date retry-after values


@pytest.fixture
def no_jitter(monkeypatch):
    monkeypatch.setattr(anthropic._retries, "random", types.SimpleNamespace(random=lambda: 0.0))


@pytest.fixture
def full_jitter(monkeypatch):
    monkeypatch.setattr(anthropic._retries, "random", types.SimpleNamespace(random=lambda: 1.0))


def test_two_retries_by_default_so_three_requests_then_the_error(api, scripted_server):
    route = scripted_server.add("POST", "/v1/messages", [Reply(status=500, body=error_body("api_error"))] * 3)

    with pytest.raises(anthropic.InternalServerError):
        api.run(api.client.messages.create(**CREATE))

    assert len(route.requests) == 3 and len(api.sleeps) == 2


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504, 529])
def test_retryable_status_is_retried_then_succeeds(api, scripted_server, status):
    route = scripted_server.add(
        "POST", "/v1/messages", [Reply(status=status, body=error_body("x")), Reply(body=MESSAGE)]
    )

    message = api.run(api.client.messages.create(**CREATE))

    assert message.id == "msg_01" and len(route.requests) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 413, 422])
def test_client_errors_are_sent_exactly_once(api, scripted_server, status):
    route = scripted_server.add("POST", "/v1/messages", Reply(status=status, body=error_body("x")))

    with pytest.raises(anthropic.APIStatusError) as info:
        api.run(api.client.messages.create(**CREATE))

    assert info.value.status_code == status and len(route.requests) == 1 and api.sleeps == []


def test_backoff_doubles_from_half_a_second_and_caps_at_eight(api, scripted_server, no_jitter):
    scripted_server.add("POST", "/v1/messages", [Reply(status=503)] * 6 + [Reply(body=MESSAGE)])

    api.run(api.make(max_retries=6).messages.create(**CREATE))

    assert api.sleeps == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


def test_jitter_shortens_each_delay_by_at_most_a_quarter(api, scripted_server, full_jitter):
    scripted_server.add("POST", "/v1/messages", [Reply(status=503)] * 2 + [Reply(body=MESSAGE)])

    api.run(api.client.messages.create(**CREATE))

    assert api.sleeps == [0.375, 0.75]


def test_real_jitter_stays_within_its_bounds(api, scripted_server):
    scripted_server.add("POST", "/v1/messages", [Reply(status=503)] * 4 + [Reply(body=MESSAGE)])

    api.run(api.make(max_retries=4).messages.create(**CREATE))

    for attempt, delay in enumerate(api.sleeps):
        base = min(0.5 * 2**attempt, 8.0)
        assert 0.75 * base <= delay <= base


@pytest.mark.parametrize(
    "headers,expected",
    [
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "0.25"}, 0.25),
        ({"retry-after": email.utils.formatdate(NOW + 7, usegmt=True)}, 7.0),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after": "60"}, 60.0),
    ],
    ids=["ms", "seconds", "fractional", "http-date", "ms-wins", "at-the-cap"],
)
def test_server_requested_delay_is_honoured(api, scripted_server, monkeypatch, headers, expected):
    monkeypatch.setattr(anthropic._retries, "_clock", lambda: NOW)
    scripted_server.add("POST", "/v1/messages", [Reply(status=429, headers=headers), Reply(body=MESSAGE)])

    api.run(api.client.messages.create(**CREATE))

    assert api.sleeps == [expected]


@pytest.mark.parametrize(
    "headers",
    [{"retry-after": "soon"}, {"retry-after": "0"}, {"retry-after": email.utils.formatdate(NOW - 30, usegmt=True)}],
    ids=["unparsable", "zero", "date-in-the-past"],
)
def test_unusable_retry_after_falls_back_to_backoff(api, scripted_server, monkeypatch, no_jitter, headers):
    monkeypatch.setattr(anthropic._retries, "_clock", lambda: NOW)
    scripted_server.add("POST", "/v1/messages", [Reply(status=429, headers=headers), Reply(body=MESSAGE)])

    api.run(api.client.messages.create(**CREATE))

    assert api.sleeps == [0.5]


def test_retry_after_beyond_the_cap_ends_the_retries_at_once(api, scripted_server):
    route = scripted_server.add("POST", "/v1/messages", Reply(status=429, headers={"retry-after": "61"}))

    with pytest.raises(anthropic.RateLimitError) as info:
        api.run(api.client.messages.create(**CREATE))

    assert len(route.requests) == 1 and api.sleeps == []
    assert info.value.response.headers["retry-after"] == "61"  # the caller can schedule the retry


def test_max_retry_after_raises_the_cap(api, scripted_server, monkeypatch):
    monkeypatch.setattr(anthropic._retries, "_clock", lambda: NOW)
    scripted_server.add(
        "POST",
        "/v1/messages",
        [
            Reply(status=529, headers={"retry-after": "120"}),
            Reply(status=529, headers={"retry-after": email.utils.formatdate(NOW + 300, usegmt=True)}),
            Reply(body=MESSAGE),
        ],
    )

    api.run(api.make(max_retry_after=300).messages.create(**CREATE))

    assert api.sleeps == [120.0, 300.0]


def test_x_should_retry_true_retries_what_the_status_would_not(api, scripted_server):
    route = scripted_server.add(
        "POST", "/v1/messages", [Reply(status=400, headers={"x-should-retry": "true"}), Reply(body=MESSAGE)]
    )

    api.run(api.client.messages.create(**CREATE))

    assert len(route.requests) == 2


def test_x_should_retry_false_stops_what_the_status_would_retry(api, scripted_server):
    route = scripted_server.add("POST", "/v1/messages", Reply(status=500, headers={"x-should-retry": "false"}))

    with pytest.raises(anthropic.InternalServerError):
        api.run(api.client.messages.create(**CREATE))

    assert len(route.requests) == 1 and api.sleeps == []


def test_each_attempt_says_how_many_retries_came_before(api, scripted_server):
    route = scripted_server.add("POST", "/v1/messages", [Reply(status=500), Reply(status=500), Reply(body=MESSAGE)])

    api.run(api.client.messages.create(**CREATE))

    assert [r.headers["x-stainless-retry-count"] for r in route.requests] == ["0", "1", "2"]


def test_idempotency_key_is_one_per_call_and_reused_by_its_retries(api, scripted_server):
    route = scripted_server.add(
        "POST", "/v1/messages", [Reply(status=529), Reply(status=529), Reply(body=MESSAGE), Reply(body=MESSAGE)]
    )

    api.run(api.client.messages.create(**CREATE))
    api.run(api.client.messages.create(**CREATE))

    keys = [r.headers["idempotency-key"] for r in route.requests]
    assert keys[0] == keys[1] == keys[2] != keys[3]
    assert all(key.startswith("stainless-python-retry-") for key in keys)


def test_idempotency_key_is_sent_on_post_only_unless_the_caller_sets_one(api, scripted_server):
    scripted_server.add("GET", "/v1/models/claude-test", Reply(body=MODEL))
    scripted_server.add("DELETE", "/v1/messages/batches/b1", Reply(body={"id": "b1", "type": "message_batch_deleted"}))
    scripted_server.add("POST", "/v1/messages", Reply(body=MESSAGE))

    api.run(api.client.models.retrieve("claude-test"))
    api.run(api.client.messages.batches.delete("b1"))
    api.run(api.client.messages.create(**CREATE, extra_headers={"Idempotency-Key": "mine-1"}))

    get, delete, post = scripted_server.requests
    assert "idempotency-key" not in get.headers and "idempotency-key" not in delete.headers
    assert post.headers["idempotency-key"] == "mine-1"


FAULTS = {
    "reset-before-headers": Reply(fault=RESET_BEFORE_HEADERS),
    "close-before-headers": Reply(fault=CLOSE_BEFORE_HEADERS),
    "reset-after-headers": Reply(body=MESSAGE, fault=RESET_AFTER_HEADERS),
    "close-after-headers": Reply(body=MESSAGE, fault=CLOSE_AFTER_HEADERS),
    "truncated-body": Reply(body=MESSAGE, close_after=25),
}


@pytest.mark.parametrize("fault", FAULTS.values(), ids=FAULTS.keys())
def test_connection_fault_is_retried_with_the_same_body_then_succeeds(api, scripted_server, no_jitter, fault):
    route = scripted_server.add("POST", "/v1/messages", [fault, Reply(body=MESSAGE)])

    message = api.run(api.client.messages.create(**CREATE))

    assert message.content[0].text == "Hello!"
    first, second = route.requests
    assert first.body == second.body and first.headers["idempotency-key"] == second.headers["idempotency-key"]
    assert api.sleeps == [0.5]


@pytest.mark.parametrize("fault", FAULTS.values(), ids=FAULTS.keys())
def test_persistent_connection_fault_ends_in_api_connection_error(api, scripted_server, fault):
    route = scripted_server.add("POST", "/v1/messages", [fault] * 3)

    with pytest.raises(anthropic.APIConnectionError) as info:
        api.run(api.client.messages.create(**CREATE))

    assert type(info.value) is anthropic.APIConnectionError
    assert str(info.value).startswith("Connection error.")
    assert type(info.value.__cause__).__name__ in str(info.value)  # names what went wrong
    assert isinstance(info.value.__cause__, httpx.TransportError)
    assert len(route.requests) == 3


def test_connection_refused_is_retried_then_reported(api, sleeps):
    with socket_that_refuses() as url:
        client = api.make(base_url=url)
        with pytest.raises(anthropic.APIConnectionError, match="ConnectError"):
            api.run(client.messages.create(**CREATE))

    assert len(sleeps) == 2


def test_with_options_max_retries_zero_sends_once(api, scripted_server):
    route = scripted_server.add("POST", "/v1/messages", Reply(status=529))

    with pytest.raises(anthropic.OverloadedError):
        api.run(api.client.with_options(max_retries=0).messages.create(**CREATE))

    assert len(route.requests) == 1


def test_error_in_a_response_hook_propagates_unretried(api, scripted_server):
    # A bug outside httpx's own failures (here a user's event hook) is not a transient fault.
    route = scripted_server.add("POST", "/v1/messages", Reply(body=MESSAGE))

    def broken(response):
        raise KeyError("bug in a hook")

    async def abroken(response):
        broken(response)

    http_client = api.http_client_cls(event_hooks={"response": [abroken if api.is_async else broken]})
    client = api.make(http_client=http_client)

    with pytest.raises(KeyError, match="bug in a hook"):
        api.run(client.messages.create(**CREATE))

    assert len(route.requests) == 1 and api.sleeps == []


def test_error_in_a_transport_propagates_unretried(api):
    calls = []

    class Broken(httpx.BaseTransport, httpx.AsyncBaseTransport):
        def handle_request(self, request):
            calls.append(request)
            raise TypeError("bug in a transport")

        async def handle_async_request(self, request):
            return self.handle_request(request)

    http_client = api.plain_http_client(transport=Broken())
    client = api.make(base_url="http://api.invalid", http_client=http_client)

    with pytest.raises(TypeError, match="bug in a transport"):
        api.run(client.messages.create(**CREATE))

    assert len(calls) == 1


@pytest.mark.parametrize(
    "error",
    [httpx.UnsupportedProtocol("no such scheme"), httpx.TooManyRedirects("loop")],
    ids=lambda e: type(e).__name__,
)
def test_failures_that_would_repeat_are_not_retried(api, error):
    calls = []

    class Failing(httpx.BaseTransport, httpx.AsyncBaseTransport):
        def handle_request(self, request):
            calls.append(request)
            raise error

        async def handle_async_request(self, request):
            return self.handle_request(request)

    http_client = api.plain_http_client(transport=Failing())
    client = api.make(base_url="http://api.invalid", http_client=http_client)

    with pytest.raises(anthropic.APIConnectionError, match=type(error).__name__):
        api.run(client.messages.create(**CREATE))

    assert len(calls) == 1


def test_stream_request_is_retried_before_the_stream_starts(api, scripted_server):
    events = [b'event: message_stop\ndata: {"type": "message_stop"}\n\n']
    route = scripted_server.add("POST", "/v1/messages", [Reply(status=529), Reply(chunks=events)])

    stream = api.run(api.client.messages.create(**CREATE, stream=True))

    assert [event.type for event in api.collect(stream)] == ["message_stop"]
    assert len(route.requests) == 2


def test_error_body_cut_short_on_a_stream_request_keeps_the_status_class(api, scripted_server):
    scripted_server.add(
        "POST", "/v1/messages", Reply(status=400, body=error_body("invalid_request_error"), close_after=10)
    )

    with pytest.raises(anthropic.BadRequestError, match="could not be read") as info:
        api.run(api.client.messages.create(**CREATE, stream=True))

    assert info.value.body is None and isinstance(info.value.__cause__, httpx.TransportError)


class socket_that_refuses:
    """A loopback URL nothing listens on (a port bound and released)."""

    def __enter__(self) -> str:
        import socket

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        return f"http://127.0.0.1:{port}"

    def __exit__(self, *exc_info: object) -> None:
        return None
