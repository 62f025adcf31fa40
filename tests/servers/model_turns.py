"""Scripted assistant turns for tool-runner tests: messages as the API returns them, as JSON or SSE.

    server.add("POST", "/v1/messages", [
        turn(tool_use("get_weather", {"city": "Paris"}, id="toolu_1")),
        turn(text("It is sunny.")),
    ])

`turn(...)` answers a non-streaming request; `streamed_turn(...)` the same message as the event
stream the API sends for it. The stop reason follows the blocks (`tool_use` when a client tool is
called, `end_turn` otherwise) unless given. Tests read what the runner sent with `sent_messages`.

Stdlib only, like the scripted server.
"""

from __future__ import annotations

import itertools
from typing import Any, Dict, List, Optional

from servers.scripted import RecordedRequest, Reply
from servers.sse_server import message_events, sse_reply

__all__ = [
    "MODEL",
    "text",
    "tool_use",
    "server_tool_use",
    "web_search_result",
    "message",
    "turn",
    "streamed_turn",
    "api_error",
    "sent_messages",
    "tool_results",
]

MODEL = "claude-opus-4-6"

_ids = itertools.count(1)


def text(value: str) -> Dict[str, Any]:
    return {"type": "text", "text": value}


def tool_use(name: str, input: Dict[str, Any], *, id: Optional[str] = None) -> Dict[str, Any]:
    return {"type": "tool_use", "id": id or f"toolu_{next(_ids):04d}", "name": name, "input": input}


def server_tool_use(name: str, input: Dict[str, Any], *, id: Optional[str] = None) -> Dict[str, Any]:
    """A call of a server tool (web search, code execution ...): the API runs it, not the client."""
    return {"type": "server_tool_use", "id": id or f"srvtoolu_{next(_ids):04d}", "name": name, "input": input}


def web_search_result(tool_use_id: str, url: str = "https://example.com/", title: str = "Example") -> Dict[str, Any]:
    return {
        "type": "web_search_tool_result",
        "tool_use_id": tool_use_id,
        "content": [
            {"type": "web_search_result", "url": url, "title": title, "encrypted_content": "enc", "page_age": None}
        ],
    }


def message(
    *blocks: Dict[str, Any],
    stop_reason: Optional[str] = None,
    input_tokens: int = 10,
    output_tokens: int = 5,
    id: Optional[str] = None,
) -> Dict[str, Any]:
    if stop_reason is None:
        stop_reason = "tool_use" if any(b.get("type") == "tool_use" for b in blocks) else "end_turn"
    return {
        "id": id or f"msg_{next(_ids):04d}",
        "type": "message",
        "role": "assistant",
        "model": MODEL,
        "content": list(blocks),
        "stop_reason": stop_reason,
        "stop_sequence": None,
        "usage": {"input_tokens": input_tokens, "output_tokens": output_tokens},
    }


def turn(*blocks: Dict[str, Any], delay: float = 0.0, **kwargs: Any) -> Reply:
    """A JSON reply holding one assistant message made of ``blocks``."""
    return Reply(body=message(*blocks, **kwargs), delay_before=delay, headers=[("request-id", "req_turn")])


def streamed_turn(*blocks: Dict[str, Any], **kwargs: Any) -> Reply:
    """The same message as ``turn`` would send, as an SSE stream."""
    return sse_reply(message_events(message(*blocks, **kwargs)))


def api_error(status: int, error_type: str, text: str) -> Reply:
    return Reply(status=status, body={"type": "error", "error": {"type": error_type, "message": text}})


def sent_messages(request: RecordedRequest) -> List[Dict[str, Any]]:
    """The `messages` the client sent in ``request``."""
    return list(request.json["messages"])


def tool_results(request: RecordedRequest) -> List[Dict[str, Any]]:
    """The tool_result blocks of the last message the client sent in ``request``."""
    last = request.json["messages"][-1]
    assert last["role"] == "user", last
    return [block for block in last["content"] if block.get("type") == "tool_result"]
