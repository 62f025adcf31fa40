"""A streamed message accumulates to exactly the message a non-streaming call returns."""

from __future__ import annotations

import json
import warnings
from typing import Any, Dict, List

import anthropic
import pytest
from anthropic.types import ContentBlock, ParsedMessage, ParsedTextBlock
from anthropic.types.beta import BetaContentBlock
from anthropic.types.beta.parsed_beta_message import ParsedBetaMessage, ParsedBetaTextBlock
from servers.scripted import Reply
from servers.sse_server import message_events, sse_reply
from stream_examples import example_message, example_value, type_tag, union_members

PARAMS: Dict[str, Any] = {
    "max_tokens": 1024,
    "messages": [{"role": "user", "content": "Say hello there!"}],
    "model": "claude-opus-4-6",
}

PLAIN_KINDS = {type_tag(m): m for m in union_members(ContentBlock)}
BETA_KINDS = {type_tag(m): m for m in union_members(BetaContentBlock)}


def _blocks(model: Any) -> List[Dict[str, Any]]:
    block = example_value(model)
    if block["type"] == "text":
        # one block with citations streamed as citations_delta, one with no citations at all
        plain = {"type": "text", "text": "Hello there, general Kenobi!", "citations": None}
        return [dict(block, text="A cited sentence that is long enough to stream."), plain]
    return [block]


def _non_streaming(client: anthropic.Anthropic, server: Any, message: Dict[str, Any], beta: bool, **stream: Any) -> Any:
    """The non-streaming reply for ``message``; also queues its streamed form as the next reply."""
    server.add("POST", "/v1/messages", [Reply(body=message), sse_reply(message_events(message, **stream))])
    if beta:
        return client.beta.messages.create(**PARAMS)
    return client.messages.create(**PARAMS)


def _stream(client: anthropic.Anthropic, beta: bool) -> Any:
    return client.beta.messages.stream(**PARAMS) if beta else client.messages.stream(**PARAMS)


@pytest.mark.parametrize(
    "beta,kind",
    [(False, kind) for kind in PLAIN_KINDS] + [(True, kind) for kind in BETA_KINDS],
    ids=lambda value: value if isinstance(value, str) else ("beta" if value else "plain"),
)
@pytest.mark.parametrize("read", ["final_only", "iterate_events", "snapshot_every_event"])
def test_every_block_kind_accumulates_to_the_non_streaming_message(client, scripted_server, beta, kind, read):
    kinds = BETA_KINDS if beta else PLAIN_KINDS
    message = example_message(_blocks(kinds[kind]), beta=beta)
    plain = _non_streaming(client, scripted_server, message, beta, piece=5)
    expected = plain.to_dict()

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with _stream(client, beta) as stream:
            if read == "iterate_events":
                seen = [event.type for event in stream]
                assert seen[0] == "message_start" and seen[-1] == "message_stop"
            elif read == "snapshot_every_event":
                for event in stream:
                    if event.type != "message_start":
                        assert stream.current_message_snapshot.id == "msg_example"
            final = stream.get_final_message()
        assert final.to_dict() == expected
        # As in 0.79 the stream gives the parsed flavour (text blocks carry `parsed_output`).
        assert type(final) is (ParsedBetaMessage if beta else ParsedMessage) and isinstance(final, type(plain))
        parsed_text = ParsedBetaTextBlock if beta else ParsedTextBlock
        expected_types = [parsed_text if b["type"] == "text" else kinds[b["type"]] for b in message["content"]]
        assert [type(b) for b in final.content] == expected_types


def test_all_block_kinds_in_one_message(client, scripted_server):
    blocks = [b for model in PLAIN_KINDS.values() for b in _blocks(model)]
    message = example_message(blocks)
    expected = _non_streaming(client, scripted_server, message, False, piece=3).to_dict()
    with client.messages.stream(**PARAMS) as stream:
        assert stream.get_final_message().to_dict() == expected


def test_unknown_block_and_delta_kinds_are_kept_with_their_raw_data(client, scripted_server):
    start = example_message([])
    events = message_events(start)
    novel = {"type": "hologram", "frames": [1, 2], "caption": ""}
    events[1:1] = [
        {"type": "content_block_start", "index": 0, "content_block": novel},
        {"type": "content_block_delta", "index": 0, "delta": {"type": "caption_delta", "caption": "a "}},
        {"type": "content_block_delta", "index": 0, "delta": {"type": "caption_delta", "caption": "cat"}},
        {"type": "content_block_stop", "index": 0},
    ]
    scripted_server.add("POST", "/v1/messages", sse_reply(events))
    with client.messages.stream(**PARAMS) as stream:
        message = stream.get_final_message()
    block = message.content[0]
    assert block.type == "hologram"
    assert block.frames == [1, 2]
    assert block.caption == "a cat"


def test_message_delta_updates_usage_and_stop_fields(client, scripted_server):
    message = example_message([{"type": "text", "text": "hi", "citations": None}])
    message["usage"]["server_tool_use"] = {"web_search_requests": 2, "web_fetch_requests": 0}
    message["stop_reason"] = "max_tokens"
    events = message_events(message)
    events[-2]["usage"] = {"output_tokens": 77, "input_tokens": None, "cache_read_input_tokens": 5}
    scripted_server.add("POST", "/v1/messages", sse_reply(events))
    with client.messages.stream(**PARAMS) as stream:
        final = stream.get_final_message()
    assert final.stop_reason == "max_tokens"
    assert final.usage.output_tokens == 77
    assert final.usage.input_tokens == 12  # None in a delta leaves the start value alone
    assert final.usage.cache_read_input_tokens == 5


def test_tool_input_is_parsed_once_when_only_the_final_message_is_read(client, scripted_server, monkeypatch):
    import jiter
    from anthropic.lib.streaming import _accumulator

    tool_input = {"query": "x" * 4000, "items": list(range(200))}
    message = example_message([{"type": "tool_use", "id": "toolu_1", "name": "search", "input": tool_input}])
    message["content"][0]["caller"] = {"type": "direct"}
    scripted_server.add("POST", "/v1/messages", sse_reply(message_events(message, piece=16)))
    calls: List[int] = []
    real = jiter.from_json

    def counting(data: bytes, **kwargs: Any) -> Any:
        if "partial_mode" in kwargs:  # the SSE decoder parses each event's data without it
            calls.append(len(data))
        return real(data, **kwargs)

    monkeypatch.setattr(_accumulator.jiter, "from_json", counting)
    with client.messages.stream(**PARAMS) as stream:
        final = stream.get_final_message()
    assert final.content[0].input == tool_input
    assert calls == [len(json.dumps(tool_input))]
