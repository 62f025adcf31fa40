"""Plausible Claude API answers for the seed examples (tests/seeds/), on the scripted server.

Prism answers every operation with its one example, so it cannot stream SSE to a client that asks for
JSON, serve a second page, hand a batch a ``results_url`` on this host, fail on purpose, or answer an
endpoint the spec does not have. The seed examples need all of those. Each script here scripts one
conversation on a fresh `ScriptedServer`, named so tests/seeds/blocks/manifest.json can pick it per
block run (``"server": "<name>"``).

Bodies follow the spec's shapes (tests/servers/test_seed_server.py checks them against the spec's
required fields and the SDK's models). Stdlib only, like the scripted server.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, List, Optional

from servers.scripted import Reply, ScriptedServer, jsonl
from servers.sse_server import message_events, sse_reply

__all__ = [
    "BATCH_ID",
    "SCRIPTS",
    "batch_body",
    "batch_page",
    "batch_result_line",
    "error_body",
    "message_body",
    "start",
    "stream_events",
]

Script = Callable[[ScriptedServer], None]
SCRIPTS: Dict[str, Script] = {}

# The batch the seed preludes name (tests/seeds/preludes/batch_id.py says the same).
BATCH_ID = "msgbatch_01SeedBatch00000000000001"
REQUEST_ID = "req_01SeedServer0000000000001"
MODEL = "claude-opus-4-6"
GREETING = "Hello! How can I help you today?"


def _script(name: str) -> Callable[[Script], Script]:
    def register(func: Script) -> Script:
        SCRIPTS[name] = func
        return func

    return register


def start(name: str) -> ScriptedServer:
    """A started server scripted by ``SCRIPTS[name]``; the caller stops it."""
    server = ScriptedServer().start()
    try:
        SCRIPTS[name](server)
    except BaseException:
        server.stop()
        raise
    return server


# -- bodies --------------------------------------------------------------------------------------------


def _usage(input_tokens: int, output_tokens: int, *, beta: bool) -> Dict[str, Any]:
    usage: Dict[str, Any] = {
        "input_tokens": input_tokens,
        "output_tokens": output_tokens,
        "cache_creation_input_tokens": 0,
        "cache_read_input_tokens": 0,
        "cache_creation": {"ephemeral_1h_input_tokens": 0, "ephemeral_5m_input_tokens": 0},
        "server_tool_use": None,
        "service_tier": "standard",
        "inference_geo": None,
    }
    if beta:
        usage.update({"iterations": None, "speed": None})
    return usage


def message_body(
    content: Optional[List[Dict[str, Any]]] = None,
    *,
    message_id: str = "msg_01SeedReply000000000000001",
    stop_reason: str = "end_turn",
    beta: bool = False,
    usage: tuple = (12, 9),
) -> Dict[str, Any]:
    """A `Message` (or `BetaMessage` with ``beta``) as the API sends it."""
    body: Dict[str, Any] = {
        "id": message_id,
        "type": "message",
        "role": "assistant",
        "model": MODEL,
        "content": content if content is not None else [{"type": "text", "text": GREETING, "citations": None}],
        "stop_reason": stop_reason,
        "stop_sequence": None,
        "usage": _usage(*usage, beta=beta),
        "container": None,
    }
    if beta:
        body["context_management"] = None
    return body


def batch_body(batch_id: str, *, results_url: Optional[str] = None) -> Dict[str, Any]:
    """A `MessageBatch`; with a ``results_url`` it has ended, without one it is still in progress."""
    ended = results_url is not None
    return {
        "id": batch_id,
        "type": "message_batch",
        "processing_status": "ended" if ended else "in_progress",
        "request_counts": {
            "processing": 0 if ended else 2,
            "succeeded": 2 if ended else 0,
            "errored": 0,
            "canceled": 0,
            "expired": 0,
        },
        "created_at": "2026-03-01T12:00:00Z",
        "expires_at": "2026-03-02T12:00:00Z",
        "ended_at": "2026-03-01T12:05:00Z" if ended else None,
        "archived_at": None,
        "cancel_initiated_at": None,
        "results_url": results_url,
    }


def batch_page(batch_ids: List[str], *, has_more: bool) -> Dict[str, Any]:
    """One page of `messages.batches.list`."""
    return {
        "data": [batch_body(batch_id) for batch_id in batch_ids],
        "has_more": has_more,
        "first_id": batch_ids[0] if batch_ids else None,
        "last_id": batch_ids[-1] if batch_ids else None,
    }


def batch_result_line(custom_id: str, text: str) -> Dict[str, Any]:
    """One line of a batch's results file: a succeeded request and its message."""
    message = message_body([{"type": "text", "text": text, "citations": None}], message_id=f"msg_01{custom_id}")
    return {"custom_id": custom_id, "result": {"type": "succeeded", "message": message}}


def error_body(error_type: str, message: str) -> Dict[str, Any]:
    return {"type": "error", "error": {"type": error_type, "message": message}, "request_id": REQUEST_ID}


def _json(body: Any, status: int = 200, **headers: str) -> Reply:
    items = [("request-id", REQUEST_ID), *((name.replace("_", "-"), value) for name, value in headers.items())]
    return Reply(status=status, body=body, headers=items)


# -- scripts -------------------------------------------------------------------------------------------


@_script("message")
def _message(server: ScriptedServer) -> None:
    server.add("POST", "/v1/messages", _json(message_body()))


def stream_events(message: Dict[str, Any]) -> List[Dict[str, Any]]:
    """The events that stream ``message``, with the whole `message_delta` usage the API sends."""
    events = message_events(message, piece=6)
    usage = message["usage"]
    for event in events:
        if event["type"] == "message_delta":
            event["usage"] = {
                "input_tokens": usage["input_tokens"],
                "output_tokens": usage["output_tokens"],
                "cache_creation_input_tokens": usage["cache_creation_input_tokens"],
                "cache_read_input_tokens": usage["cache_read_input_tokens"],
                "server_tool_use": usage["server_tool_use"],
            }
    return events


@_script("message_stream")
def _message_stream(server: ScriptedServer) -> None:
    server.add("POST", "/v1/messages", sse_reply(stream_events(message_body()), headers=(("request-id", REQUEST_ID),)))


@_script("message_with_null_extra_field")
def _message_with_null_extra_field(server: ScriptedServer) -> None:
    # A property the SDK's model does not declare, sent as an explicit null.
    body = message_body()
    body["my_field"] = None
    server.add("POST", "/v1/messages", _json(body))


@_script("overloaded_then_message")
def _overloaded_then_message(server: ScriptedServer) -> None:
    # retry-after-ms keeps the SDK's backoff to a few milliseconds.
    overloaded = _json(error_body("overloaded_error", "Overloaded"), 529, retry_after_ms="10")
    server.add("POST", "/v1/messages", [overloaded, _json(message_body())])


@_script("bad_request")
def _bad_request(server: ScriptedServer) -> None:
    body = error_body("invalid_request_error", "max_tokens: 1024 > 512, which is the maximum allowed")
    server.add("POST", "/v1/messages", _json(body, 400))


@_script("rate_limited")
def _rate_limited(server: ScriptedServer) -> None:
    # The first try and both default retries, each told to come back in 10 ms.
    body = error_body("rate_limit_error", "Number of request tokens has exceeded your rate limit")
    server.add("POST", "/v1/messages", [_json(body, 429, retry_after_ms="10") for _ in range(3)])


@_script("batches_two_pages")
def _batches_two_pages(server: ScriptedServer) -> None:
    first = ["msgbatch_01SeedPage1Batch0000000001", "msgbatch_01SeedPage1Batch0000000002"]
    second = ["msgbatch_01SeedPage2Batch0000000001"]
    server.add("GET", "/v1/messages/batches?limit=20", _json(batch_page(first, has_more=True)))
    server.add(
        "GET",
        f"/v1/messages/batches?limit=20&after_id={first[-1]}",
        _json(batch_page(second, has_more=False)),
    )


@_script("batch_results")
def _batch_results(server: ScriptedServer) -> None:
    # As the API does, the results live at the URL the ended batch names.
    results_path = f"/v1/messages/batches/{BATCH_ID}/results"
    server.add(
        "GET",
        f"/v1/messages/batches/{BATCH_ID}",
        _json(batch_body(BATCH_ID, results_url=server.base_url + results_path)),
    )
    lines = jsonl(
        batch_result_line("my-first-request", "Hello! Nice to meet you."),
        batch_result_line("my-second-request", "Hi again, friend!"),
    )
    server.add(
        "GET",
        results_path,
        Reply(body=lines, headers=[("content-type", "application/binary"), ("request-id", REQUEST_ID)]),
    )


@_script("custom_endpoint")
def _custom_endpoint(server: ScriptedServer) -> None:
    # An endpoint the spec does not describe, reached with client.post.
    server.add("POST", "/foo", _json({"received": True, "my_param": True}))


@_script("tool_use_then_text")
def _tool_use_then_text(server: ScriptedServer) -> None:
    tool_use = {
        "type": "tool_use",
        "id": "toolu_01SeedWeather000000000001",
        "name": "get_weather",
        "input": {"location": "San Francisco, CA"},
        "caller": {"type": "direct"},
    }
    first = message_body(
        [{"type": "text", "text": "Let me check the weather.", "citations": None}, tool_use],
        message_id="msg_01SeedToolUse0000000000001",
        stop_reason="tool_use",
        beta=True,
    )
    final = message_body(
        [{"type": "text", "text": "It is 68°F and sunny in San Francisco.", "citations": None}],
        message_id="msg_01SeedToolDone000000000001",
        beta=True,
    )
    server.add("POST", "/v1/messages", [_json(first), _json(final)])


@_script("bedrock_message")
def _bedrock_message(server: ScriptedServer) -> None:
    # Bedrock's InvokeModel path for the model the seed names; the body is the Messages API's.
    server.add("POST", "/model/anthropic.claude-opus-4-6-v1/invoke", _json(message_body()))
    server.add("POST", "/model/anthropic.claude-sonnet-4-5-20250929-v1:0/invoke", _json(message_body()))


@_script("vertex_message")
def _vertex_message(server: ScriptedServer) -> None:
    # An OAuth token endpoint for the fake authorized-user credentials, then Vertex's rawPredict path.
    server.add("POST", "/token", _json({"access_token": "ya29.seed-token", "expires_in": 3600, "token_type": "Bearer"}))
    path = "/projects/seed-project/locations/us-east5/publishers/anthropic/models/claude-opus-4-6:rawPredict"
    server.add("POST", "/v1" + path, _json(message_body()))
