"""`to_param()`: a response object sent back as the request type it pairs with.

Which models have one, and what each returns, comes from the IR (``generator.ir.params``); the tests
walk that list, so a model that gains a pair is covered without touching this file. For every pair,
instances built from examples of the response schema (every property, required properties only, and
every nullable property null) are converted and checked against the request schema in spec/ with a
JSON Schema validator. Whole messages also go to Prism inside a real request (one block of every kind
the API returns), and through our scripted server, to see exactly what is sent.
"""

from __future__ import annotations

import copy
import importlib
import inspect
import pkgutil
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Tuple

import anthropic
import anthropic.types
import pytest
from anthropic._models import BaseModel
from anthropic._utils import json_safe
from anthropic.types import Message, MessageParam, TextBlock, ToolUseBlock
from anthropic.types.beta import BetaMessage, BetaMessageParam
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from servers.scripted import Reply

from generator.config import load_config
from generator.diagnostics import Report
from generator.ir import model as ir
from generator.ir.build import Builder
from generator.ir.examples import example
from generator.ir.params import ParamPair, _split_null, param_pairs
from generator.ir.types import ref_name
from generator.load import Spec, load_spec

ROOT = Path(__file__).resolve().parents[2]


# -- the pairs, from the IR -----------------------------------------------------------------------


@lru_cache(maxsize=None)
def _ir() -> Tuple[Spec, Dict[str, Tuple[str, str, ParamPair]]]:
    """The spec, and response schema → (module, class, pair) for every model with a to_param()."""
    report = Report()
    spec = load_spec(ROOT / "spec" / "openapi.yaml", report)
    config = load_config(ROOT / "spec" / "sdk.yml", report)
    assert spec is not None and config is not None, report.render()
    builder = Builder(spec, config, report)
    package = builder.build()
    pairs = param_pairs(spec, config, builder.types, Report())
    out: Dict[str, Tuple[str, str, ParamPair]] = {}
    for module in package.type_modules:
        decl = module.decls[-1]
        if isinstance(decl, ir.ModelDecl) and decl.to_param is not None:
            schema = ref_name(module.source)
            assert schema in pairs, f"{decl.name} has a to_param() the pairing did not find"
            out[schema] = (f"anthropic.{module.module}", decl.name, pairs[schema])
    return spec, out


def _model_class(schema: str) -> Any:
    module, name, _ = _ir()[1][schema]
    return getattr(importlib.import_module(module), name)


@lru_cache(maxsize=None)
def _validator(schema: str) -> Draft202012Validator:
    spec, _ = _ir()
    resource = Resource.from_contents(spec.raw, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource("urn:spec", resource)
    return Draft202012Validator({"$ref": f"urn:spec#/components/schemas/{schema}"}, registry=registry)


def _examples(schema: str) -> List[Tuple[str, Dict[str, Any]]]:
    """Response data for ``schema``: every property, required ones only, and nullable ones as null."""
    spec, _ = _ir()
    full = example({"$ref": f"#/components/schemas/{schema}"}, spec.resolve, full=True)
    required = example({"$ref": f"#/components/schemas/{schema}"}, spec.resolve, full=False)
    nulls = copy.deepcopy(full)
    for prop, node in spec.schemas[schema].get("properties", {}).items():
        if _split_null(node)[1]:
            nulls[prop] = None
    return [("full", full), ("required", required), ("nulls", nulls)]


def _cases() -> List[Any]:
    return [pytest.param(schema, id=schema) for schema in sorted(_ir()[1])]


# -- every pair -----------------------------------------------------------------------------------


def test_the_generated_package_has_to_param_on_exactly_the_paired_models():
    defined = set()
    for info in pkgutil.walk_packages(anthropic.types.__path__, "anthropic.types."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if inspect.isclass(value) and value.__module__ == info.name and "to_param" in vars(value):
                defined.add((info.name, name))
    expected = {(module, name) for module, name, _ in _ir()[1].values()}
    assert defined == expected
    assert len(expected) >= 90  # every content block, citation, caller and source, both APIs, plus messages


@pytest.mark.parametrize("schema", _cases())
def test_to_param_gives_what_the_request_schema_accepts(schema: str):
    cls = _model_class(schema)
    _, _, pair = _ir()[1][schema]
    request_props = set(_ir()[0].schemas[pair.schema].get("properties", {}))
    for variant, data in _examples(schema):
        model = cls.model_validate(data)
        param = model.to_param()
        assert isinstance(param, dict)
        assert set(param) <= request_props, f"{variant}: keys the request type lacks"
        errors = [e.message for e in _validator(pair.schema).iter_errors(json_safe(param))]
        assert errors == [], f"{variant}: {cls.__name__}.to_param() breaks {pair.schema}: {errors}"
        # Fields the request type has are kept, values unchanged where no conversion applies.
        for field in pair.fields:
            if data.get(field) is not None and isinstance(data[field], (str, int, float, bool)):
                assert param[field] == data[field]


def test_fields_the_request_type_lacks_are_left_out():
    message = Message.model_validate(
        {
            "id": "msg_1",
            "type": "message",
            "role": "assistant",
            "model": "claude-opus-4-6",
            "content": [{"type": "text", "text": "Hi", "citations": None, "added_later": 1}],
            "stop_reason": "end_turn",
            "stop_sequence": None,
            "usage": {"input_tokens": 3, "output_tokens": 1},
            "container": None,
        }
    )
    # id, model, usage, stop_reason … are not part of a turn; an unknown field is not sent back either.
    assert message.to_param() == {"role": "assistant", "content": [{"type": "text", "text": "Hi", "citations": None}]}


def test_none_is_dropped_where_the_request_cannot_take_it_and_kept_where_it_can():
    unset = TextBlock(text="Hi", type="text")
    assert unset.to_param() == {"text": "Hi", "type": "text"}  # never sent: not invented
    explicit = TextBlock(text="Hi", type="text", citations=None)
    assert explicit.to_param() == {"text": "Hi", "type": "text", "citations": None}  # the request takes null


def test_an_unknown_block_is_sent_back_as_the_api_gave_it():
    message = anthropic._models.construct_type(
        type_=Message,
        value={
            "id": "msg_1",
            "type": "message",
            "role": "assistant",
            "model": "claude-opus-4-6",
            "content": [{"type": "future_block", "payload": {"a": 1}}],
            "stop_reason": "end_turn",
            "stop_sequence": None,
            "usage": {"input_tokens": 3, "output_tokens": 1},
        },
    )
    assert isinstance(message, Message)
    assert message.to_param()["content"] == [{"type": "future_block", "payload": {"a": 1}}]


def test_to_param_is_inherited_by_parsed_messages():
    from anthropic.types import ParsedMessage

    parsed = ParsedMessage.model_validate(
        {
            "id": "msg_1",
            "type": "message",
            "role": "assistant",
            "model": "claude-opus-4-6",
            "content": [{"type": "text", "text": '{"a": 1}', "citations": None, "parsed_output": {"a": 1}}],
            "stop_reason": "end_turn",
            "stop_sequence": None,
            "usage": {"input_tokens": 3, "output_tokens": 1},
            "container": None,
        }
    )
    assert parsed.to_param()["content"] == [{"type": "text", "text": '{"a": 1}', "citations": None}]


# -- whole messages, sent back ----------------------------------------------------------------------


def _every_block_message(message_schema: str, union: str) -> Dict[str, Any]:
    """A reply holding one block of every kind the API returns (from the schema's examples)."""
    spec, _ = _ir()
    data = example({"$ref": f"#/components/schemas/{message_schema}"}, spec.resolve, full=True)
    members = spec.schemas[union].get("oneOf") or spec.schemas[union].get("anyOf")
    data["content"] = [example(member, spec.resolve, full=True) for member in members]
    return data


def _turns(reply: Any) -> List[Any]:
    return [{"role": "user", "content": "Hello"}, reply, {"role": "user", "content": "Go on"}]


@pytest.mark.prism
def test_a_reply_with_every_block_kind_is_accepted_back_by_prism(prism_url: str):
    client = anthropic.Anthropic(api_key="test-key", base_url=prism_url, max_retries=0)
    message = Message.model_validate(_every_block_message("Message", "ContentBlock"))
    assert len({block.type for block in message.content}) == len(message.content) > 10
    turn: MessageParam = message.to_param()
    reply = client.messages.create(model="claude-opus-4-6", max_tokens=16, messages=_turns(turn))
    assert isinstance(reply, Message)

    beta = BetaMessage.model_validate(_every_block_message("BetaMessage", "BetaContentBlock"))
    beta_turn: BetaMessageParam = beta.to_param()
    beta_reply = client.beta.messages.create(model="claude-opus-4-6", max_tokens=16, messages=_turns(beta_turn))
    assert isinstance(beta_reply, BetaMessage)


TOOL_REPLY = {
    "id": "msg_1",
    "type": "message",
    "role": "assistant",
    "model": "claude-opus-4-6",
    "content": [
        {"type": "thinking", "thinking": "Need the weather.", "signature": "sig"},
        {"type": "text", "text": "Checking.", "citations": None},
        {
            "type": "tool_use",
            "id": "toolu_1",
            "name": "weather",
            "input": {"city": "Oslo"},
            "caller": {"type": "direct"},
        },
    ],
    "stop_reason": "tool_use",
    "stop_sequence": None,
    "usage": {"input_tokens": 10, "output_tokens": 5},
    "container": None,
}
FINAL_REPLY = dict(TOOL_REPLY, content=[{"type": "text", "text": "Sunny.", "citations": None}], stop_reason="end_turn")


def test_a_tool_turn_round_trips_through_the_scripted_server(scripted_server):
    scripted_server.add("POST", "/v1/messages", [Reply(body=TOOL_REPLY), Reply(body=FINAL_REPLY)])
    client = anthropic.Anthropic(api_key="test-key", base_url=scripted_server.base_url, max_retries=0)
    question: MessageParam = {"role": "user", "content": "Weather in Oslo?"}
    first = client.messages.create(model="claude-opus-4-6", max_tokens=64, messages=[question])
    tool_use = first.content[2]
    assert isinstance(tool_use, ToolUseBlock)
    assert tool_use.to_param() == TOOL_REPLY["content"][2]
    answer: MessageParam = {
        "role": "user",
        "content": [{"type": "tool_result", "tool_use_id": tool_use.id, "content": "Sunny, 18 C"}],
    }
    final = client.messages.create(
        model="claude-opus-4-6", max_tokens=64, messages=[question, first.to_param(), answer]
    )
    assert final.content[0].type == "text"
    sent = scripted_server.requests[1].json["messages"]
    # The assistant turn goes back block for block, as the API returned it.
    assert sent[1] == {"role": "assistant", "content": TOOL_REPLY["content"]}
    assert sent[2] == answer


def test_a_beta_reply_round_trips_through_the_scripted_server(scripted_server):
    scripted_server.add("POST", "/v1/messages", [Reply(body=TOOL_REPLY), Reply(body=FINAL_REPLY)])
    client = anthropic.Anthropic(api_key="test-key", base_url=scripted_server.base_url, max_retries=0)
    first = client.beta.messages.create(
        model="claude-opus-4-6", max_tokens=64, messages=[{"role": "user", "content": "Hi"}]
    )
    client.beta.messages.create(
        model="claude-opus-4-6",
        max_tokens=64,
        messages=[{"role": "user", "content": "Hi"}, first.to_param(), {"role": "user", "content": "Go on"}],
    )
    assert scripted_server.requests[1].json["messages"][1] == {"role": "assistant", "content": TOOL_REPLY["content"]}


def test_every_to_param_is_typed_with_its_request_type():
    for schema, (module, name, _) in sorted(_ir()[1].items()):
        cls = getattr(importlib.import_module(module), name)
        annotation = inspect.signature(cls.to_param).return_annotation
        assert isinstance(cls, type) and issubclass(cls, BaseModel)
        assert annotation.endswith("Param") or annotation.endswith("Params"), (schema, annotation)
