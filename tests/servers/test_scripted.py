from __future__ import annotations

import time

import httpx
import pytest
from servers.scripted import (
    CLOSE_AFTER_HEADERS,
    CLOSE_BEFORE_HEADERS,
    EXHAUSTED_STATUS,
    RESET_AFTER_HEADERS,
    RESET_BEFORE_HEADERS,
    Reply,
    ScriptedServer,
    jsonl,
    sse,
)


@pytest.fixture
def client(scripted_server: ScriptedServer):
    with httpx.Client(base_url=scripted_server.base_url, timeout=5) as client:
        yield client


def test_replies_are_served_in_scripted_order(scripted_server, client):
    scripted_server.add(
        "GET",
        "/v1/models",
        [Reply(status=529, body={"type": "error"}), Reply(body={"data": [], "has_more": False})],
    )

    first = client.get("/v1/models")
    second = client.get("/v1/models")

    assert first.status_code == 529
    assert second.status_code == 200
    assert second.json() == {"data": [], "has_more": False}
    assert second.headers["content-type"] == "application/json"


def test_repeat_last_keeps_answering_after_the_queue_drains(scripted_server, client):
    scripted_server.add("GET", "/v1/models", Reply(body={"ok": True}), repeat_last=True)

    statuses = [client.get("/v1/models").status_code for _ in range(3)]

    assert statuses == [200, 200, 200]


def test_route_with_query_wins_over_bare_path_and_ignores_parameter_order(scripted_server, client):
    scripted_server.add("GET", "/v1/models", Reply(body={"page": "first"}))
    scripted_server.add("GET", "/v1/models?limit=2&after_id=m2", Reply(body={"page": "second"}))

    second = client.get("/v1/models", params=[("after_id", "m2"), ("limit", "2")])
    first = client.get("/v1/models", params={"limit": "2"})

    assert second.json() == {"page": "second"}
    assert first.json() == {"page": "first"}


def test_every_request_is_recorded_with_query_headers_and_json_body(scripted_server, client):
    route = scripted_server.add("POST", "/v1/messages", Reply(body={"id": "msg_1"}))

    client.post(
        "/v1/messages",
        params={"beta": "true"},
        headers={"X-Api-Key": "sk-test", "anthropic-version": "2023-06-01"},
        json={"model": "claude-test", "max_tokens": 5},
    )

    [request] = scripted_server.requests
    assert route.requests == [request]
    assert request.method == "POST"
    assert request.path == "/v1/messages"
    assert request.query == {"beta": "true"}
    assert request.target == "/v1/messages?beta=true"
    assert request.headers["x-api-key"] == "sk-test"
    assert request.headers["anthropic-version"] == "2023-06-01"
    assert request.json == {"model": "claude-test", "max_tokens": 5}
    assert request.body == b'{"model":"claude-test","max_tokens":5}'


def test_chunked_request_bodies_are_read_and_recorded(scripted_server, client):
    scripted_server.add("POST", "/v1/files", Reply(body={"id": "file_1"}))

    response = client.post("/v1/files", content=iter([b"part one, ", b"part two"]))

    assert response.status_code == 200
    [request] = scripted_server.requests
    assert request.headers["transfer-encoding"] == "chunked"
    assert request.body == b"part one, part two"
    assert request.json is None


def test_keep_alive_connection_is_reused_across_requests(scripted_server, client):
    scripted_server.add("GET", "/a", [Reply(body=b"1"), Reply(body=b"2")])
    ports = []

    for _ in range(2):
        with client.stream("GET", "/a") as response:
            ports.append(response.extensions["network_stream"].get_extra_info("client_addr")[1])
            response.read()

    assert ports[0] == ports[1]


def test_sse_chunks_arrive_separately_and_in_order(scripted_server, client):
    events = sse(
        ("message_start", {"type": "message_start"}),
        ("ping", {"type": "ping"}),
        ("message_stop", {"type": "message_stop"}),
    )
    scripted_server.add("POST", "/v1/messages", Reply(chunks=events, delay=0.05))

    with client.stream("POST", "/v1/messages", json={"stream": True}) as response:
        assert response.headers["content-type"] == "text/event-stream"
        assert response.headers["transfer-encoding"] == "chunked"
        received = list(response.iter_raw())

    assert received == events


def test_sse_helper_formats_event_and_json_data_lines():
    assert sse(("ping", {"type": "ping"}), ("done", "[DONE]")) == [
        b'event: ping\ndata: {"type": "ping"}\n\n',
        b"event: done\ndata: [DONE]\n\n",
    ]


def test_jsonl_helper_writes_one_object_per_line():
    assert jsonl({"a": 1}, {"b": 2}) == b'{"a": 1}\n{"b": 2}\n'


def test_connection_dropped_mid_body_raises_on_the_client(scripted_server, client):
    scripted_server.add("GET", "/v1/files/f/content", Reply(body=b"x" * 100, close_after=10))

    with pytest.raises(httpx.RemoteProtocolError):
        client.get("/v1/files/f/content")


def test_connection_dropped_mid_stream_delivers_earlier_chunks_then_raises(scripted_server, client):
    events = sse(("message_start", {"type": "message_start"}), ("message_stop", {"type": "message_stop"}))
    scripted_server.add("POST", "/v1/messages", Reply(chunks=events, close_after=len(events[0]) + 5))
    received = []

    with pytest.raises(httpx.RemoteProtocolError):
        with client.stream("POST", "/v1/messages") as response:
            for chunk in response.iter_raw():
                received.append(chunk)

    assert b"".join(received) == events[0] + events[1][:5]


def test_reset_before_headers_aborts_the_connection_without_a_response(scripted_server, client):
    scripted_server.add("POST", "/v1/messages", Reply(fault=RESET_BEFORE_HEADERS))

    with pytest.raises(httpx.ReadError):
        client.post("/v1/messages", json={"a": 1})

    assert scripted_server.requests[0].json == {"a": 1}  # the request was read before the reset


def test_close_before_headers_ends_the_connection_without_a_response(scripted_server, client):
    scripted_server.add("GET", "/v1/models", Reply(fault=CLOSE_BEFORE_HEADERS))

    with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
        client.get("/v1/models")


def test_reset_after_headers_delivers_the_status_then_aborts(scripted_server, client):
    scripted_server.add("GET", "/v1/models", Reply(status=200, body={"data": []}, fault=RESET_AFTER_HEADERS))

    with client.stream("GET", "/v1/models") as response:
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/json"
        with pytest.raises(httpx.ReadError):
            response.read()


def test_close_after_headers_promises_a_body_it_never_sends(scripted_server, client):
    scripted_server.add("GET", "/v1/models", Reply(body={"data": []}, fault=CLOSE_AFTER_HEADERS))

    with pytest.raises(httpx.RemoteProtocolError, match="received 0 bytes"):
        client.get("/v1/models")


def test_content_type_overrides_what_the_body_would_get(scripted_server, client):
    scripted_server.add(
        "GET",
        "/v1/models",
        [
            Reply(body=b'{"data": [', content_type="application/json"),
            Reply(body={"data": []}, content_type="text/html; charset=utf-8", headers={"Content-Type": "x/y"}),
        ],
    )

    invalid = client.get("/v1/models")
    wrong = client.get("/v1/models")

    assert invalid.headers["content-type"] == "application/json" and invalid.content == b'{"data": ['
    assert wrong.headers.get_list("content-type") == ["text/html; charset=utf-8"]


def test_unknown_fault_is_refused_when_scripted():
    with pytest.raises(ValueError, match="unknown fault"):
        Reply(fault="explode")


def test_requests_over_one_keep_alive_connection_share_a_peer(scripted_server, client):
    scripted_server.add("GET", "/a", Reply(body=b""), repeat_last=True)
    client.get("/a")
    client.get("/a")
    with httpx.Client(base_url=scripted_server.base_url) as other:
        other.get("/a")

    first, second, third = scripted_server.requests
    assert first.peer == second.peer != third.peer


def test_delay_before_makes_a_short_client_timeout_fire(scripted_server):
    scripted_server.add("GET", "/slow", Reply(body=b"late", delay_before=2))

    with httpx.Client(base_url=scripted_server.base_url, timeout=0.2) as client:
        with pytest.raises(httpx.ReadTimeout):
            client.get("/slow")


def test_unknown_route_gets_api_shaped_404(scripted_server, client):
    response = client.get("/v1/nope")

    assert response.status_code == 404
    body = response.json()
    assert body["type"] == "error"
    assert body["error"]["type"] == "not_found_error"
    assert "/v1/nope" in body["error"]["message"]
    assert [r.path for r in scripted_server.requests] == ["/v1/nope"]


def test_drained_route_answers_a_non_retryable_error_and_is_reported():
    with ScriptedServer() as server:
        server.add("GET", "/once", Reply(body=b"ok"))
        with httpx.Client(base_url=server.base_url) as client:
            client.get("/once")
            extra = client.get("/once")

        assert extra.status_code == EXHAUSTED_STATUS
        assert "no scripted reply left" in extra.json()["error"]["message"]
        [route] = server.exhausted_routes
        assert route.exhausted == 1


def test_wait_for_requests_returns_once_enough_have_arrived(scripted_server, client):
    scripted_server.add("GET", "/a", Reply(body=b""))
    client.get("/a")

    assert len(scripted_server.wait_for_requests(1, timeout=1)) == 1
    with pytest.raises(TimeoutError):
        scripted_server.wait_for_requests(2, timeout=0.1)


def test_stop_cuts_a_stream_that_is_still_in_progress():
    server = ScriptedServer().start()
    server.add("GET", "/stream", Reply(chunks=[b"a", b"b"], delay=30))
    with httpx.Client(base_url=server.base_url, timeout=10) as client:
        with client.stream("GET", "/stream") as response:
            chunks = response.iter_raw()
            assert next(chunks) == b"a"
            started = time.monotonic()
            server.stop()
            with pytest.raises(httpx.RemoteProtocolError):
                list(chunks)

    assert time.monotonic() - started < 5


@pytest.mark.anyio
async def test_async_clients_can_talk_to_the_server(scripted_server):
    scripted_server.add("GET", "/v1/models", Reply(body={"data": []}))

    async with httpx.AsyncClient(base_url=scripted_server.base_url) as client:
        response = await client.get("/v1/models")

    assert response.json() == {"data": []}
