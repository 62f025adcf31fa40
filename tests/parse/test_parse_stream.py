"""`messages.stream(..., output_format=...)`: the final message, the stop events, and invalid output."""

from __future__ import annotations

import json
import warnings
from typing import Any, Dict

import pydantic
import pytest
from anthropic.lib._parse import StructuredOutputError
from anthropic.lib.streaming import ContentBlockStopEvent, MessageStopEvent
from anthropic.types import ParsedMessage, ParsedTextBlock
from anthropic.types.beta.parsed_beta_message import ParsedBetaMessage, ParsedBetaTextBlock
from parse_examples import PARAMS, PERSON, PERSON_JSON, Person, message, person_reply, text_block
from servers.sse_server import message_events, sse_reply

THINKING = {"type": "thinking", "thinking": "Reading the address.", "signature": "sig"}


def _stream_reply(server: Any, body: Dict[str, Any]) -> None:
    server.add("POST", "/v1/messages", sse_reply(message_events(body, piece=7)))


def test_final_message_is_parsed(client, scripted_server):
    _stream_reply(scripted_server, message([THINKING, text_block(json.dumps(PERSON_JSON))]))
    with client.messages.stream(**PARAMS, output_format=Person) as stream:
        final = stream.get_final_message()
    assert isinstance(final, ParsedMessage)
    assert isinstance(final.content[1], ParsedTextBlock)
    assert final.content[1].parsed_output == PERSON and final.parsed_output == PERSON
    assert final.content[0].type == "thinking"


def test_stop_events_carry_the_parsed_output(client, scripted_server):
    _stream_reply(scripted_server, person_reply())
    with client.messages.stream(**PARAMS, output_format=Person) as stream:
        events = list(stream)
    block_stop = next(e for e in events if isinstance(e, ContentBlockStopEvent))
    assert block_stop.content_block.parsed_output == PERSON
    message_stop = events[-1]
    assert isinstance(message_stop, MessageStopEvent) and message_stop.message.parsed_output == PERSON
    texts = [e for e in events if e.type == "text"]
    assert texts[-1].parsed_snapshot() == PERSON_JSON


def test_snapshot_before_the_block_ends_has_no_output_yet(client, scripted_server):
    _stream_reply(scripted_server, person_reply())
    seen = []
    with client.messages.stream(**PARAMS, output_format=Person) as stream:
        for event in stream:
            if event.type in ("text", "content_block_stop"):
                seen.append(stream.current_message_snapshot.content[0].parsed_output)
    assert seen[0] is None and seen[-1] == PERSON


def test_without_output_format_the_final_message_is_the_parsed_kind_with_nothing_parsed(client, scripted_server):
    _stream_reply(scripted_server, message([text_block("just words")]))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with client.messages.stream(**PARAMS) as stream:
            final = stream.get_final_message()
        assert final.parsed_output is None
        assert "parsed_output" not in final.to_dict()["content"][0]


def test_json_schema_dict_decodes_the_text(client, scripted_server):
    _stream_reply(scripted_server, message([text_block('{"city": "Paris"}')]))
    fmt = {"type": "json_schema", "schema": {"type": "object", "properties": {"city": {"type": "string"}}}}
    with client.messages.stream(**PARAMS, output_format=fmt) as stream:
        assert stream.get_final_message().parsed_output == {"city": "Paris"}
    assert scripted_server.requests[0].json["output_config"] == {"format": fmt}


def test_invalid_output_is_raised_once_the_message_is_complete(client, scripted_server):
    text = json.dumps(PERSON_JSON)[:25]
    _stream_reply(scripted_server, message([THINKING, text_block(text)], stop_reason="max_tokens"))
    kinds = []
    with client.messages.stream(**PARAMS, output_format=Person) as stream:
        with pytest.raises(StructuredOutputError) as info:
            for event in stream:
                kinds.append(event.type)
        final = stream.get_final_message()  # still there, without an output
    err = info.value
    assert isinstance(err, pydantic.ValidationError)
    assert err.stop_reason == "max_tokens" and err.index == 1 and err.text == text
    assert "stop_reason='max_tokens': the reply was cut off at max_tokens" in str(err)
    assert kinds[-1] == "message_delta"  # every event up to the end was delivered
    assert final.content[1].text == text and final.parsed_output is None


def test_invalid_output_also_fails_get_final_message(client, scripted_server):
    _stream_reply(scripted_server, message([text_block('{"name": "x"}')]))
    with client.messages.stream(**PARAMS, output_format=Person) as stream:
        with pytest.raises(StructuredOutputError, match="validation errors for Person"):
            stream.get_final_message()


@pytest.mark.anyio
async def test_async_stream_is_parsed(async_client, scripted_server):
    _stream_reply(scripted_server, person_reply())
    async with async_client:
        async with async_client.messages.stream(**PARAMS, output_format=Person) as stream:
            texts = [text async for text in stream.text_stream]
            final = await stream.get_final_message()
    assert "".join(texts) == json.dumps(PERSON_JSON)
    assert isinstance(final, ParsedMessage) and final.parsed_output == PERSON


@pytest.mark.anyio
async def test_async_stream_invalid_output(async_client, scripted_server):
    _stream_reply(scripted_server, message([text_block("nope")], stop_reason="refusal"))
    async with async_client:
        async with async_client.messages.stream(**PARAMS, output_format=Person) as stream:
            with pytest.raises(StructuredOutputError, match="stop_reason='refusal'"):
                await stream.until_done()


def test_beta_stream_is_parsed(client, scripted_server):
    _stream_reply(scripted_server, person_reply())
    with client.beta.messages.stream(**PARAMS, output_format=Person) as stream:
        final = stream.get_final_message()
    assert isinstance(final, ParsedBetaMessage) and isinstance(final.content[0], ParsedBetaTextBlock)
    assert final.parsed_output == PERSON


def test_beta_stream_format_dict_in_output_format_is_deprecated(client, scripted_server):
    _stream_reply(scripted_server, person_reply())
    with pytest.warns(DeprecationWarning) as caught:
        manager = client.beta.messages.stream(**PARAMS, output_format={"type": "json_schema", "schema": {}})
    assert caught[0].filename == __file__
    with manager as stream:
        stream.until_done()


@pytest.mark.anyio
async def test_async_beta_stream_is_parsed(async_client, scripted_server):
    _stream_reply(scripted_server, person_reply())
    async with async_client:
        async with async_client.beta.messages.stream(**PARAMS, output_format=Person) as stream:
            final = await stream.get_final_message()
    assert isinstance(final, ParsedBetaMessage) and final.parsed_output == PERSON
