"""Response models (`anthropic._models`): lenient construction, strict validation, dumps."""

import enum
import json
from datetime import datetime
from typing import Dict, List, Optional, Union

import anthropic
import httpx
import pydantic
import pytest
from anthropic._exceptions import APIResponseValidationError
from anthropic._models import BaseModel, FinalRequestOptions, add_request_id, construct_type, validate_type
from anthropic._utils import PropertyInfo
from typing_extensions import Annotated, Literal


class TextBlock(BaseModel):
    type: Literal["text"]
    text: str


class ToolUseBlock(BaseModel):
    type: Literal["tool_use"]
    id: str
    input: Dict[str, object]


ContentBlock = Annotated[Union[TextBlock, ToolUseBlock], PropertyInfo(discriminator="type")]


class Usage(BaseModel):
    input_tokens: int
    output_tokens: int


class Message(BaseModel):
    id: str
    type: Literal["message"]
    content: List[ContentBlock]
    stop_reason: Optional[Literal["end_turn", "max_tokens"]] = None
    stop_sequence: Optional[str] = None
    usage: Usage
    created: Optional[datetime] = None


class Color(str, enum.Enum):
    red = "red"


class Paint(BaseModel):
    color: Color


MSG = {
    "id": "msg_1",
    "type": "message",
    "content": [{"type": "text", "text": "hi"}, {"type": "tool_use", "id": "t1", "input": {"q": 1}}],
    "stop_reason": "end_turn",
    "stop_sequence": None,
    "usage": {"input_tokens": 3, "output_tokens": 5},
}


def test_valid_data_takes_the_validation_path_and_picks_variants_by_tag():
    msg = construct_type(type_=Message, value=MSG)
    assert isinstance(msg, Message)
    assert [type(b) for b in msg.content] == [TextBlock, ToolUseBlock]
    assert msg.usage.output_tokens == 5


def test_unknown_union_tag_is_kept_as_a_plain_model_with_all_fields():
    data = {
        **MSG,
        "content": [{"type": "text", "text": "a"}, {"type": "thinking_v9", "thinking": "hm", "signature": "s"}],
    }
    msg = construct_type(type_=Message, value=data)
    block = msg.content[1]
    assert type(block) is BaseModel
    assert block.type == "thinking_v9" and block.thinking == "hm" and block.signature == "s"
    assert isinstance(msg.content[0], TextBlock)
    # warnings=False: pydantic (like 0.79) warns that the value matches no declared member
    assert msg.to_dict(warnings=False)["content"][1] == {"type": "thinking_v9", "thinking": "hm", "signature": "s"}


def test_discriminated_union_picks_variant_by_tag_on_the_lenient_path():
    # the tool_use block is missing `id`, so validation fails and the lenient path runs
    data = {**MSG, "content": [{"type": "tool_use", "input": {}}, {"type": "text", "text": "x"}]}
    msg = construct_type(type_=Message, value=data)
    assert isinstance(msg.content[0], ToolUseBlock)
    assert not hasattr(msg.content[0], "id")  # missing required field is simply absent
    assert isinstance(msg.content[1], TextBlock)


def test_unknown_literal_and_enum_values_are_kept_as_raw_strings():
    msg = construct_type(type_=Message, value={**MSG, "stop_reason": "refusal_v2"})
    assert msg.stop_reason == "refusal_v2"
    paint = construct_type(type_=Paint, value={"color": "ultraviolet"})
    assert paint.color == "ultraviolet"
    assert construct_type(type_=Paint, value={"color": "red"}).color is Color.red


def test_unknown_fields_are_kept_as_extras_and_attributes():
    msg = construct_type(type_=Message, value={**MSG, "new_field": {"x": 1}})
    assert msg.new_field == {"x": 1}
    assert msg.model_extra == {"new_field": {"x": 1}}
    assert msg.to_dict()["new_field"] == {"x": 1}


def test_lenient_path_still_converts_nested_types():
    data = {**MSG, "usage": {"input_tokens": 1}, "created": "2024-01-02T03:04:05Z"}
    msg = construct_type(type_=Message, value=data)
    assert isinstance(msg.usage, Usage) and msg.usage.input_tokens == 1
    assert msg.created == datetime.fromisoformat("2024-01-02T03:04:05+00:00")


def test_strict_validation_raises():
    with pytest.raises(pydantic.ValidationError):
        validate_type(type_=Message, value={**MSG, "stop_reason": "refusal_v2"})


def test_strict_client_raises_api_response_validation_error():
    client = anthropic.Anthropic(
        api_key="sk-test-secret", base_url="http://localhost", _strict_response_validation=True
    )
    resp = httpx.Response(200, request=httpx.Request("GET", "http://localhost/x"))
    with pytest.raises(APIResponseValidationError, match="invalid for expected schema"):
        client._process_response_data(data={**MSG, "stop_reason": "nope"}, cast_to=Message, response=resp)
    lenient = anthropic.Anthropic(api_key="sk-test-secret", base_url="http://localhost")
    assert (
        lenient._process_response_data(data={**MSG, "stop_reason": "nope"}, cast_to=Message, response=resp).stop_reason
        == "nope"
    )


def test_to_dict_and_to_json_default_to_fields_the_api_sent():
    msg = construct_type(type_=Message, value={k: v for k, v in MSG.items() if k != "stop_sequence"})
    assert "stop_sequence" not in msg.to_dict()
    assert msg.to_dict(exclude_unset=False)["stop_sequence"] is None
    assert json.loads(msg.to_json()) == msg.to_dict(mode="json")
    assert msg.to_json().startswith('{\n  "id"')
    assert "stop_sequence" not in msg.model_fields_set
    explicit_null = construct_type(type_=Message, value=MSG)
    assert "stop_sequence" in explicit_null.model_fields_set


def test_request_id_is_hidden_from_dumps_and_fields():
    msg = construct_type(type_=Message, value=MSG)
    add_request_id(msg, "req_123")
    assert msg._request_id == "req_123"
    assert "_request_id" not in msg.to_dict() and "req_123" not in msg.to_json()
    assert "_request_id" not in msg.model_fields_set
    assert "req_123" not in repr(msg)


def test_repr_and_str_look_like_pydantic():
    u = Usage(input_tokens=1, output_tokens=2)
    assert repr(u) == "Usage(input_tokens=1, output_tokens=2)"
    assert str(u) == "Usage(input_tokens=1, output_tokens=2)"


def test_basemodel_construct_builds_nested_models():
    msg = Message.construct(**MSG)
    assert isinstance(msg.usage, Usage)
    assert isinstance(msg.content[0], TextBlock)


def test_final_request_options_copy_and_max_retries():
    opts = FinalRequestOptions.construct(method="post", url="/v1/x", headers={"a": "b"}, max_retries=5)
    copy = opts.model_copy()
    copy.headers["c"] = "d"
    assert opts.headers == {"a": "b"}
    assert opts.get_max_retries(2) == 5
    assert FinalRequestOptions(method="get", url="/").get_max_retries(2) == 2
    assert "sk-secret" not in repr(FinalRequestOptions(method="get", url="/", headers={"x-api-key": "sk-secret"}))
