"""Every framing the SSE rules allow, and a typed exception for everything that can go wrong mid-stream."""

from __future__ import annotations

from typing import Any, Dict, List

import anthropic
import pytest
from anthropic.lib.streaming import IncompleteStreamError, MalformedToolInputError, StreamEventOrderError
from servers.sse_server import message_events, sse_reply
from stream_examples import example_message

PARAMS: Dict[str, Any] = {
    "max_tokens": 1024,
    "messages": [{"role": "user", "content": "Say hello there!"}],
    "model": "claude-opus-4-6",
}

TEXT = "Hello there! How are you today?"


def _text_events() -> List[Dict[str, Any]]:
    return message_events(example_message([{"type": "text", "text": TEXT, "citations": None}]), piece=3)


def _tool_events(partial_json: List[str]) -> List[Dict[str, Any]]:
    message = example_message([{"type": "text", "text": "Let me look.", "citations": None}])
    events = message_events(message)
    tool = {"type": "tool_use", "id": "toolu_1", "name": "lookup", "input": {}, "caller": {"type": "direct"}}
    tail = [{"type": "content_block_start", "index": 1, "content_block": tool}]
    tail += [
        {"type": "content_block_delta", "index": 1, "delta": {"type": "input_json_delta", "partial_json": piece}}
        for piece in partial_json
    ]
    tail.append({"type": "content_block_stop", "index": 1})
    return events[:-2] + tail + events[-2:]


@pytest.mark.parametrize("newline", ["\n", "\r", "\r\n"], ids=["LF", "CR", "CRLF"])
@pytest.mark.parametrize("chunking", ["per_event", "one_byte", "split_crlf"])
def test_line_endings_and_chunk_boundaries_give_the_same_message(client, scripted_server, newline, chunking):
    options: Dict[str, Any] = {"newline": newline, "comments": True, "ids": True}
    if chunking == "one_byte":
        options["chunk_size"] = 1
    elif chunking == "split_crlf":
        options["crlf_split"] = True
    scripted_server.add("POST", "/v1/messages", sse_reply(_text_events(), **options))
    with client.messages.stream(**PARAMS) as stream:
        assert "".join(stream.text_stream) == TEXT
        assert stream.get_final_text() == TEXT


@pytest.mark.parametrize(
    "error_type,exception",
    [
        ("overloaded_error", anthropic.OverloadedError),
        ("rate_limit_error", anthropic.RateLimitError),
        ("api_error", anthropic.InternalServerError),
        ("invalid_request_error", anthropic.BadRequestError),
    ],
)
def test_error_event_raises_the_class_of_its_error_type(client, scripted_server, error_type, exception):
    events: List[Any] = _text_events()[:4]
    events.append({"type": "error", "error": {"type": error_type, "message": "Overloaded"}})
    scripted_server.add("POST", "/v1/messages", sse_reply(events))
    with client.messages.stream(**PARAMS) as stream:
        with pytest.raises(exception) as caught:
            stream.get_final_message()
    assert caught.value.status_code == 200
    assert caught.value.type == error_type
    assert caught.value.body == {"type": "error", "error": {"type": error_type, "message": "Overloaded"}}
    assert caught.value.request_id == "req_stream_test"


def test_dropped_connection_raises_api_connection_error(client, scripted_server):
    reply = sse_reply(_text_events(), chunk_size=50)
    reply.close_after = 300
    scripted_server.add("POST", "/v1/messages", reply)
    with client.messages.stream(**PARAMS) as stream:
        with pytest.raises(anthropic.APIConnectionError) as caught:
            stream.get_final_message()
    assert not isinstance(caught.value, anthropic.APITimeoutError)
    assert caught.value.__cause__ is not None


def test_stalled_stream_raises_api_timeout_error(client, scripted_server):
    scripted_server.add("POST", "/v1/messages", sse_reply(_text_events(), delay=2.0))
    with client.with_options(timeout=0.3).messages.stream(**PARAMS) as stream:
        with pytest.raises(anthropic.APITimeoutError):
            stream.get_final_message()


def test_stream_ending_before_message_stop_raises_incomplete_stream_error(client, scripted_server):
    events = _text_events()
    cut = next(i for i, e in enumerate(events) if e["type"] == "content_block_stop")
    scripted_server.add("POST", "/v1/messages", sse_reply(events[:cut]))
    with client.messages.stream(**PARAMS) as stream:
        with pytest.raises(IncompleteStreamError) as caught:
            stream.get_final_message()
    error = caught.value
    assert isinstance(error, anthropic.APIError)
    assert (
        str(error) == "The event stream ended after 1 content block(s), before message_stop; the message is incomplete."
    )
    assert error.partial_message.content[0].text == TEXT
    assert error.request_id == "req_stream_test"


def test_pings_only_raise_incomplete_stream_error_without_a_partial_message(client, scripted_server):
    scripted_server.add("POST", "/v1/messages", sse_reply([{"type": "ping"}] * 3))
    with client.messages.stream(**PARAMS) as stream:
        with pytest.raises(IncompleteStreamError, match="ended before message_start") as caught:
            list(stream.text_stream)
    assert caught.value.partial_message is None


def test_malformed_tool_json_names_the_block(client, scripted_server):
    scripted_server.add("POST", "/v1/messages", sse_reply(_tool_events(['{"city": ', "]]"])))
    with client.messages.stream(**PARAMS) as stream:
        with pytest.raises(MalformedToolInputError) as caught:
            stream.get_final_message()
    error = caught.value
    assert isinstance(error, ValueError) and isinstance(error, anthropic.APIError)
    assert error.index == 1
    assert error.block_type == "tool_use"
    assert error.partial_json == '{"city": ]]'
    assert str(error).startswith("Content block 1 (tool_use): the streamed tool input is not valid JSON")


def test_truncated_tool_json_is_kept_as_the_partial_object(client, scripted_server):
    scripted_server.add("POST", "/v1/messages", sse_reply(_tool_events(['{"city": "Par', 'is", "days": [1, 2'])))
    with client.messages.stream(**PARAMS) as stream:
        snapshots = [event.snapshot for event in stream if event.type == "input_json"]
        final = stream.get_final_message()
    assert snapshots == [{}, {"city": "Paris", "days": [1, 2]}]
    assert final.content[1].input == {"city": "Paris", "days": [1, 2]}


def test_delta_before_message_start_raises_event_order_error(client, scripted_server):
    events = _text_events()[1:]
    scripted_server.add("POST", "/v1/messages", sse_reply(events))
    with client.messages.stream(**PARAMS) as stream:
        with pytest.raises(StreamEventOrderError, match='got a content_block_start event before "message_start"'):
            stream.get_final_message()


def test_malformed_event_json_raises_response_validation_error(client, scripted_server):
    events: List[Any] = _text_events()[:2]
    events.append(("content_block_delta", "{not json"))
    scripted_server.add("POST", "/v1/messages", sse_reply(events))
    with client.messages.stream(**PARAMS) as stream:
        with pytest.raises(anthropic.APIResponseValidationError, match="content_block_delta"):
            stream.get_final_message()


@pytest.mark.anyio
async def test_async_errors_match_sync(async_client, scripted_server):
    events: List[Any] = _text_events()[:3]
    events.append({"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}})
    events2 = _text_events()[:-1]
    scripted_server.add("POST", "/v1/messages", [sse_reply(events), sse_reply(events2)])
    async with async_client:
        async with async_client.messages.stream(**PARAMS) as stream:
            with pytest.raises(anthropic.OverloadedError):
                await stream.get_final_message()
        async with async_client.messages.stream(**PARAMS) as stream:
            with pytest.raises(IncompleteStreamError) as caught:
                async for _ in stream:
                    pass
        assert caught.value.partial_message.content[0].text == TEXT
