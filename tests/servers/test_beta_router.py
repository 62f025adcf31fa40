from __future__ import annotations

import socket
import time

import httpx
import pytest
from servers.beta_router import BetaRouter, route
from servers.scripted import Reply, ScriptedServer, sse


@pytest.mark.parametrize(
    "target, expected",
    [
        ("/v1/models", (False, "/v1/models")),
        ("/v1/models?limit=2", (False, "/v1/models?limit=2")),
        ("/v1/files?beta=true", (True, "/v1/files")),
        ("/v1/files?limit=2&beta=true&after_id=a%20b", (True, "/v1/files?limit=2&after_id=a%20b")),
        ("/v1/files?beta=false", (False, "/v1/files?beta=false")),
        ("/v1/files?notbeta=true", (False, "/v1/files?notbeta=true")),
    ],
)
def test_route_picks_the_upstream_and_strips_only_beta_true(target, expected):
    assert route(target) == expected


@pytest.fixture
def upstreams():
    with ScriptedServer() as plain, ScriptedServer() as beta:
        yield plain, beta


@pytest.fixture
def client(upstreams):
    plain, beta = upstreams
    with BetaRouter(plain.base_url, beta.base_url) as router, httpx.Client(base_url=router.base_url) as client:
        yield client


def test_requests_reach_their_upstream_unchanged_but_for_beta_true(upstreams, client):
    plain, beta = upstreams
    plain.add("GET", "/v1/models", Reply(body={"side": "plain"}, headers={"request-id": "req_plain"}))
    beta.add("POST", "/v1/files", Reply(status=201, body={"side": "beta"}))

    got_plain = client.get("/v1/models", params={"limit": "2"}, headers={"x-api-key": "k"})
    got_beta = client.post("/v1/files?beta=true&purpose=x", content=b"\x00payload", headers={"anthropic-beta": "b1"})

    assert (got_plain.status_code, got_plain.json()) == (200, {"side": "plain"})
    assert got_plain.headers["request-id"] == "req_plain"
    assert (got_beta.status_code, got_beta.json()) == (201, {"side": "beta"})
    [sent_plain], [sent_beta] = plain.requests, beta.requests
    assert sent_plain.target == "/v1/models?limit=2"
    assert sent_plain.headers["x-api-key"] == "k"
    assert (sent_beta.method, sent_beta.target, sent_beta.body) == ("POST", "/v1/files?purpose=x", b"\x00payload")
    assert sent_beta.headers["anthropic-beta"] == "b1"


def test_chunked_responses_stream_through_as_they_arrive(upstreams, client):
    plain, _ = upstreams
    events = sse(("ping", {"type": "ping"}), ("message_stop", {"type": "message_stop"}))
    plain.add("POST", "/v1/messages", Reply(chunks=events, delay=0.5))

    started = time.monotonic()
    with client.stream("POST", "/v1/messages", json={"stream": True}) as response:
        arrivals = [(time.monotonic() - started, piece) for piece in response.iter_raw()]

    assert response.headers["transfer-encoding"] == "chunked"
    assert b"".join(piece for _, piece in arrivals) == b"".join(events)
    # The first event must not wait for the second, 0.5 s later.
    assert arrivals[0][1] == events[0] and arrivals[0][0] < 0.4


def test_unreachable_upstream_answers_502(upstreams):
    plain, _ = upstreams
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{sock.getsockname()[1]}"  # bound, never listening
        with BetaRouter(plain.base_url, dead) as router:
            response = httpx.get(f"{router.base_url}/v1/files?beta=true")

    assert response.status_code == 502
    assert "BetaRouter" in response.text
