"""`messages.parse()` and `beta.messages.parse()`: results, errors, and requests beyond the 0.79 recordings."""

from __future__ import annotations

import inspect
import json
import warnings
from typing import Any, Dict, List

import anthropic
import pydantic
import pytest
from anthropic.lib._parse import StructuredOutputError
from anthropic.types import Message, ParsedMessage, ParsedTextBlock, TextBlock
from anthropic.types.beta import BetaMessage
from anthropic.types.beta.parsed_beta_message import ParsedBetaMessage, ParsedBetaTextBlock
from parse_examples import PARAMS, PERSON, PERSON_JSON, Person, message, person_reply, text_block
from servers.scripted import Reply


class _Loose(pydantic.BaseModel):
    payload: Any


THINKING = {"type": "thinking", "thinking": "Reading the address.", "signature": "sig"}
TOOL_USE = {"type": "tool_use", "id": "toolu_1", "name": "lookup", "input": {"q": "x"}, "caller": {"type": "direct"}}


def _reply(server: Any, *bodies: Dict[str, Any]) -> None:
    """Script the replies to the next requests (plain and beta messages share the route)."""
    server.add("POST", "/v1/messages", [Reply(body=body, headers={"request-id": "req_parse"}) for body in bodies])


def test_parse_returns_a_parsed_message_with_the_validated_output(client, scripted_server):
    _reply(scripted_server, message([THINKING, text_block(json.dumps(PERSON_JSON)), TOOL_USE]))
    parsed = client.messages.parse(**PARAMS, output_format=Person)
    assert isinstance(parsed, ParsedMessage) and isinstance(parsed, Message)
    thinking, text, tool_use = parsed.content
    assert isinstance(text, ParsedTextBlock) and isinstance(text, TextBlock)
    assert text.parsed_output == PERSON and isinstance(text.parsed_output, Person)
    assert parsed.parsed_output == PERSON
    assert thinking.type == "thinking" and thinking.signature == "sig"
    assert tool_use.input == {"q": "x"}
    assert parsed.usage.output_tokens == 40 and parsed.stop_reason == "end_turn"
    assert parsed._request_id == "req_parse"


def test_every_text_block_is_parsed_and_the_first_is_the_message_output(client, scripted_server):
    other = dict(PERSON_JSON, name="Grace Hopper")
    _reply(scripted_server, message([text_block(json.dumps(PERSON_JSON)), text_block(json.dumps(other))]))
    parsed = client.messages.parse(**PARAMS, output_format=Person)
    assert [b.parsed_output.name for b in parsed.content] == ["Ada Lovelace", "Grace Hopper"]
    assert parsed.parsed_output.name == "Ada Lovelace"


def test_any_type_pydantic_can_validate_is_accepted(client, scripted_server):
    _reply(scripted_server, message([text_block("[1, 2, 3]")]))
    parsed = client.messages.parse(**PARAMS, output_format=List[int])
    assert parsed.parsed_output == [1, 2, 3]
    schema = scripted_server.requests[0].json["output_config"]["format"]["schema"]
    assert schema == {"type": "array", "items": {"type": "integer"}}


def test_a_falsy_output_is_still_the_message_output(client, scripted_server):
    _reply(scripted_server, message([text_block("0")]))
    assert client.messages.parse(**PARAMS, output_format=int).parsed_output == 0


def test_without_output_format_text_blocks_carry_no_output(client, scripted_server):
    _reply(scripted_server, message([text_block("plain words")]))
    parsed = client.messages.parse(**PARAMS)
    assert isinstance(parsed.content[0], ParsedTextBlock)
    assert parsed.parsed_output is None and parsed.content[0].parsed_output is None
    assert "output_config" not in scripted_server.requests[0].json


def test_parsed_message_dumps_like_the_reply_plus_parsed_output(client, scripted_server):
    reply = person_reply()
    _reply(scripted_server, reply)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no pydantic serializer warnings either
        dumped = client.messages.parse(**PARAMS, output_format=Person).to_dict()
    # like the rest of to_dict(), the parsed value lists only the fields that were set
    assert dumped["content"] == [dict(reply["content"][0], parsed_output=PERSON_JSON)]
    assert {key: value for key, value in dumped.items() if key != "content"} == {
        key: value for key, value in reply.items() if key != "content"
    }


def test_content_goes_back_into_a_request_without_parsed_output(client, scripted_server):
    # No to_param() step: the parsed blocks are passed back as they are.
    _reply(scripted_server, message([THINKING, text_block(json.dumps(PERSON_JSON))]), message([text_block("ok")]))
    parsed = client.messages.parse(**PARAMS, output_format=Person)
    follow_up = [
        *PARAMS["messages"],
        {"role": "assistant", "content": parsed.content},
        {"role": "user", "content": "And her age next year?"},
    ]
    client.messages.create(max_tokens=10, model=PARAMS["model"], messages=follow_up)
    sent = scripted_server.requests[1].json["messages"][1]["content"]
    assert sent == [THINKING, text_block(json.dumps(PERSON_JSON))]
    assert parsed.content[1].parsed_output == PERSON  # still there on the object itself


def test_json_schema_dict_is_made_strict_and_the_text_decoded(client, scripted_server):
    _reply(scripted_server, message([text_block('{"city": "Paris"}')]))
    schema = {"type": "object", "properties": {"city": {"type": "string", "minLength": 1}}, "required": ["city"]}
    parsed = client.messages.parse(**PARAMS, output_format=schema)
    assert parsed.parsed_output == {"city": "Paris"}
    assert scripted_server.requests[0].json["output_config"] == {
        "format": {
            "schema": {
                "type": "object",
                "properties": {"city": {"type": "string", "description": "{minLength: 1}"}},
                "additionalProperties": False,
                "required": ["city"],
            },
            "type": "json_schema",
        }
    }


def test_format_dict_is_sent_as_given(client, scripted_server):
    _reply(scripted_server, message([text_block("not json at all")]))
    fmt = {"type": "json_schema", "schema": {"type": "object", "properties": {}, "additionalProperties": False}}
    parsed = client.messages.parse(**PARAMS, output_format=fmt)
    assert scripted_server.requests[0].json["output_config"] == {"format": fmt}
    assert parsed.parsed_output is None  # no type to hold the text to: undecodable text is left as text


def test_output_config_format_without_output_format_is_sent_and_not_parsed(client, scripted_server):
    _reply(scripted_server, person_reply())
    fmt = {"type": "json_schema", "schema": {"type": "object"}}
    parsed = client.messages.parse(**PARAMS, output_config={"format": fmt, "effort": "high"})
    assert scripted_server.requests[0].json["output_config"] == {"format": fmt, "effort": "high"}
    assert parsed.parsed_output is None


def test_output_format_and_output_config_format_together_are_refused(client, scripted_server):
    fmt = {"type": "json_schema", "schema": {"type": "object"}}
    with pytest.raises(anthropic.AnthropicError, match="Both output_format and output_config\\['format'\\]"):
        client.messages.parse(**PARAMS, output_format=Person, output_config={"format": fmt})
    assert scripted_server.requests == []


@pytest.mark.parametrize(
    "output_format,error,message",
    [
        (PERSON, TypeError, "output_format takes a type, not an instance: pass Person, not Person\\(...\\)"),
        ("Person", TypeError, "must be a type or a JSON schema dict, not 'Person'"),
        (inspect, TypeError, "Could not build a JSON schema for output_format=<module 'inspect'"),
        (_Loose, ValueError, "the schema at #/properties/payload has no 'type'"),
    ],
    ids=["instance", "string", "module", "any-field"],
)
def test_bad_output_format_is_refused_before_sending(client, scripted_server, output_format, error, message):
    with pytest.raises(error, match=message):
        client.messages.parse(**PARAMS, output_format=output_format)
    assert scripted_server.requests == []


def test_stream_true_is_refused_with_a_pointer_to_stream(client, scripted_server):
    with pytest.raises(TypeError, match="use messages.stream\\(..., output_format=...\\)"):
        client.messages.parse(**PARAMS, output_format=Person, stream=True)  # type: ignore[arg-type]
    assert scripted_server.requests == []


def test_stream_false_is_sent_as_given(client, scripted_server):
    _reply(scripted_server, person_reply())
    client.messages.parse(**PARAMS, output_format=Person, stream=False)
    assert scripted_server.requests[0].json["stream"] is False


# -- model output that does not validate -------------------------------------------------------


def test_invalid_output_raises_a_validation_error_naming_the_field(client, scripted_server):
    bad = dict(PERSON_JSON, age="thirty-six")
    _reply(scripted_server, message([THINKING, text_block(json.dumps(bad))]))
    with pytest.raises(StructuredOutputError) as info:
        client.messages.parse(**PARAMS, output_format=Person)
    err = info.value
    assert isinstance(err, pydantic.ValidationError)  # what 0.79 raises, so its handlers still match
    assert [e["loc"] for e in err.errors()] == [("age",)]
    assert err.index == 1 and err.stop_reason == "end_turn" and err.output_format is Person
    assert err.text == json.dumps(bad)
    assert str(err).startswith("The text of text block 1 is not valid Person output (stop_reason='end_turn').\n")
    assert "age\n  Input should be a valid integer" in str(err)


def test_output_cut_off_at_max_tokens_says_so(client, scripted_server):
    text = json.dumps(PERSON_JSON)[:30]
    _reply(scripted_server, message([text_block(text)], stop_reason="max_tokens"))
    with pytest.raises(StructuredOutputError, match="stop_reason='max_tokens': the reply was cut off at max_tokens"):
        client.messages.parse(**PARAMS, output_format=Person)


def test_refusal_says_the_model_declined(client, scripted_server):
    _reply(scripted_server, message([text_block("I can't help with that.")], stop_reason="refusal"))
    with pytest.raises(StructuredOutputError) as info:
        client.messages.parse(**PARAMS, output_format=Person)
    assert "stop_reason='refusal': the model declined the request" in str(info.value)
    assert info.value.errors()[0]["type"] == "json_invalid"


def test_with_raw_response_parse_applies_the_parsing(client, scripted_server):
    _reply(scripted_server, person_reply())
    raw = client.messages.with_raw_response.parse(**PARAMS, output_format=Person)
    assert raw.headers["request-id"] == "req_parse"
    parsed = raw.parse()
    assert isinstance(parsed, ParsedMessage) and parsed.parsed_output == PERSON


def test_parse_takes_the_parameters_of_create():
    from anthropic.resources.beta.messages import AsyncMessages as AsyncBetaMessages
    from anthropic.resources.beta.messages import Messages as BetaMessages
    from anthropic.resources.messages import AsyncMessages, Messages

    for resource in (Messages, AsyncMessages, BetaMessages, AsyncBetaMessages):
        create = set(inspect.signature(resource.create).parameters)
        parse = set(inspect.signature(resource.parse).parameters)
        assert create - parse == set()
        assert parse - create <= {"output_format"}


@pytest.mark.anyio
async def test_async_parse(async_client, scripted_server):
    _reply(scripted_server, person_reply(), message([text_block('{"name": 1}')]), message([text_block("7")]))
    async with async_client:
        parsed = await async_client.messages.parse(**PARAMS, output_format=Person)
        assert isinstance(parsed, ParsedMessage) and parsed.parsed_output == PERSON
        with pytest.raises(StructuredOutputError, match="not valid Person output"):
            await async_client.messages.parse(**PARAMS, output_format=Person)
        raw = await async_client.messages.with_raw_response.parse(**PARAMS, output_format=int)
    assert raw.parse().parsed_output == 7
    assert scripted_server.requests[0].headers["x-stainless-helper"] == "messages.parse"


# -- beta ----------------------------------------------------------------------------------------


def test_beta_parse_returns_a_parsed_beta_message(client, scripted_server):
    _reply(scripted_server, message([THINKING, text_block(json.dumps(PERSON_JSON))]))
    parsed = client.beta.messages.parse(**PARAMS, output_format=Person)
    assert isinstance(parsed, ParsedBetaMessage) and isinstance(parsed, BetaMessage)
    assert isinstance(parsed.content[1], ParsedBetaTextBlock)
    assert parsed.parsed_output == PERSON
    sent = scripted_server.requests[0]
    assert sent.target == "/v1/messages?beta=true"
    assert sent.headers["anthropic-beta"] == "structured-outputs-2025-12-15"
    assert "output_format" not in sent.json


def test_beta_parse_adds_the_structured_outputs_beta_once(client, scripted_server):
    _reply(scripted_server, person_reply())
    client.beta.messages.parse(**PARAMS, output_format=Person, betas=["structured-outputs-2025-12-15", "x-1"])
    assert scripted_server.requests[0].headers["anthropic-beta"] == "structured-outputs-2025-12-15,x-1"


def test_beta_format_dict_in_output_format_is_deprecated_but_a_type_is_not(client, scripted_server):
    _reply(scripted_server, person_reply(), person_reply())
    fmt = {"type": "json_schema", "schema": {"type": "object"}}
    with pytest.warns(DeprecationWarning, match="pass it as `output_config=\\{'format': ...\\}`") as caught:
        client.beta.messages.parse(**PARAMS, output_format=fmt)
    assert caught[0].filename == __file__
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        client.beta.messages.parse(**PARAMS, output_format=Person)


def test_beta_invalid_output_raises_structured_output_error(client, scripted_server):
    _reply(scripted_server, message([text_block("{}")]))
    with pytest.raises(StructuredOutputError, match="4 validation errors for Person"):
        client.beta.messages.parse(**PARAMS, output_format=Person)


def test_beta_with_raw_response_parse(client, scripted_server):
    _reply(scripted_server, person_reply())
    with client.beta.messages.with_streaming_response.parse(**PARAMS, output_format=Person) as response:
        assert response.parse().parsed_output == PERSON


@pytest.mark.anyio
async def test_async_beta_parse(async_client, scripted_server):
    _reply(scripted_server, person_reply())
    async with async_client:
        parsed = await async_client.beta.messages.parse(**PARAMS, output_format=Person)
    assert isinstance(parsed, ParsedBetaMessage) and parsed.parsed_output == PERSON
    assert scripted_server.requests[0].headers["x-stainless-helper"] == "beta.messages.parse"


# -- count_tokens ---------------------------------------------------------------------------------


def test_count_tokens_accepts_output_format(client, scripted_server):
    scripted_server.add("POST", "/v1/messages/count_tokens", Reply(body={"input_tokens": 7}))
    count = client.messages.count_tokens(
        model=PARAMS["model"], messages=PARAMS["messages"], output_format=Person, output_config={"effort": "low"}
    )
    assert count.input_tokens == 7
    sent = scripted_server.requests[0].json["output_config"]
    assert sent["effort"] == "low" and sent["format"]["schema"]["title"] == "Person"
    params = inspect.signature(anthropic.resources.messages.Messages.count_tokens).parameters
    assert "output_format" in params and "output_config" in params
    assert "output_format" in (anthropic.resources.messages.Messages.count_tokens.__doc__ or "")


@pytest.mark.anyio
async def test_async_count_tokens_accepts_output_format(async_client, scripted_server):
    scripted_server.add("POST", "/v1/messages/count_tokens", Reply(body={"input_tokens": 7}))
    async with async_client:
        raw = await async_client.messages.with_raw_response.count_tokens(
            model=PARAMS["model"], messages=PARAMS["messages"], output_format={"type": "object"}
        )
    assert raw.parse().input_tokens == 7
    assert scripted_server.requests[0].json["output_config"]["format"]["schema"] == {
        "type": "object",
        "properties": {},
        "additionalProperties": False,
    }


def test_a_failing_validator_of_the_model_is_a_structured_output_error_too(client, scripted_server):
    class Adult(pydantic.BaseModel):
        age: int

        @pydantic.field_validator("age")
        @classmethod
        def _grown_up(cls, age: int) -> int:
            if age < 18:
                raise ValueError("must be 18 or more")
            return age

    _reply(scripted_server, message([text_block('{"age": 7}')]))
    with pytest.raises(StructuredOutputError, match="not valid Adult output") as info:
        client.messages.parse(**PARAMS, output_format=Adult)
    assert info.value.errors()[0]["msg"] == "Value error, must be 18 or more"
