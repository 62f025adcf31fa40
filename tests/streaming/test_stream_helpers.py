"""The `messages.stream()` helpers: managers, `MessageStream` methods, events, and the exported names."""

from __future__ import annotations

import inspect
import subprocess
import sys
from typing import Any, Dict, List

import anthropic
import pytest
from anthropic.lib.streaming import (
    AsyncMessageStream,
    AsyncMessageStreamManager,
    BetaAsyncMessageStreamManager,
    BetaMessageStream,
    BetaMessageStreamManager,
    ContentBlockStopEvent,
    InputJsonEvent,
    MessageStopEvent,
    MessageStream,
    MessageStreamManager,
    TextEvent,
)
from servers.sse_server import message_events, sse_reply
from stream_examples import example_message

PARAMS: Dict[str, Any] = {
    "max_tokens": 1024,
    "messages": [{"role": "user", "content": "Say hello there!"}],
    "model": "claude-opus-4-6",
}


def _message(beta: bool = False) -> Dict[str, Any]:
    return example_message(
        [
            {"type": "thinking", "thinking": "The user greets me.", "signature": "sig-123"},
            {"type": "text", "text": "Hello there!", "citations": None},
            {
                "type": "tool_use",
                "id": "toolu_1",
                "name": "wave",
                "input": {"hand": "left"},
                "caller": {"type": "direct"},
            },
        ],
        beta=beta,
    )


def test_stream_attaches_to_sync_and_async_resources():
    for resource in (anthropic.Anthropic, anthropic.AsyncAnthropic):
        client = resource(api_key="k", base_url="http://127.0.0.1:9")
        assert callable(client.messages.stream)
        assert callable(client.beta.messages.stream)
    sync_client = anthropic.Anthropic(api_key="k", base_url="http://127.0.0.1:9")
    assert isinstance(sync_client.messages.stream(**PARAMS), MessageStreamManager)
    assert isinstance(sync_client.beta.messages.stream(**PARAMS), BetaMessageStreamManager)


def test_stream_takes_the_parameters_of_create_except_stream():
    for resource in (anthropic.resources.messages.Messages, anthropic.resources.beta.messages.Messages):
        create = set(inspect.signature(resource.create).parameters) - {"stream"}
        stream = set(inspect.signature(resource.stream).parameters)
        assert create - stream == set()


def test_manager_sends_the_request_only_when_entered(client, scripted_server):
    scripted_server.add("POST", "/v1/messages", sse_reply(message_events(_message())))
    manager = client.messages.stream(**PARAMS, extra_headers={"x-custom": "1"})
    assert scripted_server.requests == []
    with manager as stream:
        assert isinstance(stream, MessageStream)
        assert stream.request_id == "req_stream_test"
        assert stream.response.status_code == 200
        stream.until_done()
    sent = scripted_server.requests[0]
    assert sent.json == {**PARAMS, "stream": True}
    assert sent.headers["x-stainless-helper-method"] == "stream"
    assert sent.headers["x-custom"] == "1"


def test_events_carry_snapshots_in_order(client, scripted_server):
    scripted_server.add("POST", "/v1/messages", sse_reply(message_events(_message(), piece=4)))
    with client.messages.stream(**PARAMS) as stream:
        events = list(stream)
    kinds = [event.type for event in events]
    assert kinds.count("thinking") == 5 and kinds.count("signature") == 1
    assert [e.snapshot for e in events if e.type == "text"] == ["Hell", "Hello th", "Hello there!"]
    json_events = [e for e in events if isinstance(e, InputJsonEvent)]
    assert json_events[-1].snapshot == {"hand": "left"}
    assert [e.signature for e in events if e.type == "signature"] == ["sig-123"]
    stops = [e for e in events if isinstance(e, ContentBlockStopEvent)]
    assert [s.content_block.type for s in stops] == ["thinking", "text", "tool_use"]
    assert isinstance(events[-1], MessageStopEvent)
    assert events[-1].message.content[1].text == "Hello there!"
    text_event = next(e for e in events if isinstance(e, TextEvent))
    assert text_event.to_dict() == {"type": "text", "text": "Hell", "snapshot": "Hell"}
    assert TextEvent(type="text", text="a", snapshot="a").snapshot == "a"


def test_text_stream_and_final_text(client, scripted_server):
    scripted_server.add("POST", "/v1/messages", sse_reply(message_events(_message(), piece=2)))
    with client.messages.stream(**PARAMS) as stream:
        assert "".join(stream.text_stream) == "Hello there!"
        assert stream.get_final_text() == "Hello there!"
        assert stream.get_final_message() is stream.current_message_snapshot


def test_final_text_without_text_blocks_raises(client, scripted_server):
    message = example_message([{"type": "redacted_thinking", "data": "xyz"}])
    scripted_server.add("POST", "/v1/messages", sse_reply(message_events(message)))
    with client.messages.stream(**PARAMS) as stream:
        with pytest.raises(RuntimeError, match="needs at least one `text` content block.*redacted_thinking"):
            stream.get_final_text()


def test_closing_early_releases_the_connection(client, scripted_server):
    scripted_server.add("POST", "/v1/messages", sse_reply(message_events(_message(), piece=1), delay=0.01))
    with client.messages.stream(**PARAMS) as stream:
        first = next(iter(stream))
        assert first.type == "message_start"
    assert stream.response.is_closed


def test_beta_stream_sends_betas_and_yields_beta_types(client, scripted_server):
    message = _message(beta=True)
    message["content"].append({"type": "compaction", "content": "summary of earlier turns"})
    scripted_server.add("POST", "/v1/messages", sse_reply(message_events(message)))
    with client.beta.messages.stream(**PARAMS, betas=["compact-2026-01-12"]) as stream:
        assert isinstance(stream, BetaMessageStream)
        events = list(stream)
        final = stream.get_final_message()
    assert isinstance(final, anthropic.types.beta.BetaMessage)
    assert [e.content for e in events if e.type == "compaction"] == ["summary of earlier turns"]
    assert final.content[-1].content == "summary of earlier turns"
    sent = scripted_server.requests[0]
    assert sent.headers["anthropic-beta"] == "compact-2026-01-12"
    assert sent.headers["x-stainless-stream-helper"] == "beta.messages"


def test_output_format_type_parses_text_and_sets_output_config(client, scripted_server):
    import pydantic

    class Answer(pydantic.BaseModel):
        city: str

    message = example_message([{"type": "text", "text": '{"city": "Paris"}', "citations": None}])
    scripted_server.add("POST", "/v1/messages", sse_reply(message_events(message)))
    with client.messages.stream(**PARAMS, output_format=Answer) as stream:
        final = stream.get_final_message()
    assert final.content[0].parsed_output == Answer(city="Paris")
    sent_format = scripted_server.requests[0].json["output_config"]["format"]
    assert sent_format["type"] == "json_schema"
    assert sent_format["schema"]["additionalProperties"] is False


@pytest.mark.anyio
async def test_async_stream_example_from_the_readme(async_client, scripted_server):
    scripted_server.add("POST", "/v1/messages", sse_reply(message_events(_message(), piece=3)))
    texts: List[str] = []
    async with async_client:
        manager = async_client.messages.stream(
            max_tokens=1024,
            messages=[{"role": "user", "content": "Say hello there!"}],
            model="claude-opus-4-6",
        )
        assert isinstance(manager, AsyncMessageStreamManager)
        async with manager as stream:
            assert isinstance(stream, AsyncMessageStream)
            async for text in stream.text_stream:
                texts.append(text)
            message = await stream.get_final_message()
    assert "".join(texts) == "Hello there!"
    assert message.content[2].input == {"hand": "left"}
    assert await stream.get_final_text() == "Hello there!"


@pytest.mark.anyio
async def test_async_beta_stream_events(async_client, scripted_server):
    scripted_server.add("POST", "/v1/messages", sse_reply(message_events(_message(beta=True))))
    async with async_client:
        manager = async_client.beta.messages.stream(**PARAMS)
        assert isinstance(manager, BetaAsyncMessageStreamManager)
        async with manager as stream:
            kinds = [event.type async for event in stream]
            final = await stream.get_final_message()
    assert kinds[0] == "message_start" and kinds[-1] == "message_stop"
    assert final.content[0].signature == "sig-123"


def test_names_match_the_reference_release():
    import anthropic.lib.streaming as streaming

    reference = {
        "TextEvent", "CitationEvent", "ThinkingEvent", "SignatureEvent", "InputJsonEvent", "MessageStopEvent",
        "MessageStreamEvent", "ContentBlockStopEvent", "ParsedMessageStopEvent", "ParsedMessageStreamEvent",
        "ParsedContentBlockStopEvent", "MessageStream", "AsyncMessageStream", "MessageStreamManager",
        "AsyncMessageStreamManager", "BetaInputJsonEvent", "ParsedBetaTextEvent", "ParsedBetaMessageStopEvent",
        "ParsedBetaMessageStreamEvent", "ParsedBetaContentBlockStopEvent", "BetaTextEvent", "BetaMessageStopEvent",
        "BetaMessageStreamEvent", "BetaContentBlockStopEvent", "BetaMessageStream", "BetaAsyncMessageStream",
        "BetaMessageStreamManager", "BetaAsyncMessageStreamManager",
    }  # fmt: skip
    assert reference <= set(streaming.__all__)
    for name in streaming.__all__:
        assert getattr(streaming, name) is not None
    from anthropic.lib.streaming._beta_messages import BetaMessageStream as direct_beta  # noqa: F401
    from anthropic.lib.streaming._beta_types import BetaCitationEvent  # noqa: F401
    from anthropic.lib.streaming._messages import MessageStream as direct_stream
    from anthropic.lib.streaming._types import TextEvent as direct

    assert direct is streaming.TextEvent and direct_stream is streaming.MessageStream


def test_importing_the_package_or_the_resources_does_not_load_the_stream_classes():
    code = (
        "import sys, anthropic\n"
        "anthropic.Anthropic(api_key='k').messages\n"
        "assert 'anthropic.lib.streaming._messages' not in sys.modules\n"
        "assert 'anthropic.lib.streaming._core' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
