import enum
import importlib
import json
from datetime import datetime
from typing import Dict, List, Optional, Union

import httpx
import pydantic
import pytest
from typing_extensions import Annotated, Literal


@pytest.fixture(scope="module")
def m(rt):
    models = importlib.import_module(f"{rt.__name__}._models")
    utils = importlib.import_module(f"{rt.__name__}._utils")

    class TextBlock(models.BaseModel):
        type: Literal["text"]
        text: str

    class ToolUseBlock(models.BaseModel):
        type: Literal["tool_use"]
        id: str
        input: Dict[str, object]

    ContentBlock = Annotated[Union[TextBlock, ToolUseBlock], utils.PropertyInfo(discriminator="type")]

    class Usage(models.BaseModel):
        input_tokens: int
        output_tokens: int

    class Message(models.BaseModel):
        id: str
        type: Literal["message"]
        content: List[ContentBlock]
        stop_reason: Optional[Literal["end_turn", "max_tokens"]] = None
        stop_sequence: Optional[str] = None
        usage: Usage
        created: Optional[datetime] = None

    class Color(str, enum.Enum):
        red = "red"

    class Paint(models.BaseModel):
        color: Color

    ns = type("NS", (), {})()
    ns.__dict__.update(
        models=models,
        TextBlock=TextBlock,
        ToolUseBlock=ToolUseBlock,
        ContentBlock=ContentBlock,
        Usage=Usage,
        Message=Message,
        Paint=Paint,
        Color=Color,
    )
    return ns


MSG = {
    "id": "msg_1",
    "type": "message",
    "content": [{"type": "text", "text": "hi"}, {"type": "tool_use", "id": "t1", "input": {"q": 1}}],
    "stop_reason": "end_turn",
    "stop_sequence": None,
    "usage": {"input_tokens": 3, "output_tokens": 5},
}


def test_valid_data_takes_the_validation_path_and_picks_variants_by_tag(m):
    msg = m.models.construct_type(type_=m.Message, value=MSG)
    assert isinstance(msg, m.Message)
    assert [type(b) for b in msg.content] == [m.TextBlock, m.ToolUseBlock]
    assert msg.usage.output_tokens == 5


def test_unknown_union_tag_is_kept_as_a_plain_model_with_all_fields(m):
    data = {
        **MSG,
        "content": [{"type": "text", "text": "a"}, {"type": "thinking_v9", "thinking": "hm", "signature": "s"}],
    }
    msg = m.models.construct_type(type_=m.Message, value=data)
    block = msg.content[1]
    assert type(block) is m.models.BaseModel
    assert block.type == "thinking_v9" and block.thinking == "hm" and block.signature == "s"
    assert isinstance(msg.content[0], m.TextBlock)
    # warnings=False: pydantic (like 0.79) warns that the value matches no declared member
    assert msg.to_dict(warnings=False)["content"][1] == {"type": "thinking_v9", "thinking": "hm", "signature": "s"}


def test_discriminated_union_picks_variant_by_tag_on_the_lenient_path(m):
    # the tool_use block is missing `id`, so validation fails and the lenient path runs
    data = {**MSG, "content": [{"type": "tool_use", "input": {}}, {"type": "text", "text": "x"}]}
    msg = m.models.construct_type(type_=m.Message, value=data)
    assert isinstance(msg.content[0], m.ToolUseBlock)
    assert not hasattr(msg.content[0], "id")  # missing required field is simply absent
    assert isinstance(msg.content[1], m.TextBlock)


def test_unknown_literal_and_enum_values_are_kept_as_raw_strings(m):
    msg = m.models.construct_type(type_=m.Message, value={**MSG, "stop_reason": "refusal_v2"})
    assert msg.stop_reason == "refusal_v2"
    paint = m.models.construct_type(type_=m.Paint, value={"color": "ultraviolet"})
    assert paint.color == "ultraviolet"
    assert m.models.construct_type(type_=m.Paint, value={"color": "red"}).color is m.Color.red


def test_unknown_fields_are_kept_as_extras_and_attributes(m):
    msg = m.models.construct_type(type_=m.Message, value={**MSG, "new_field": {"x": 1}})
    assert msg.new_field == {"x": 1}
    assert msg.model_extra == {"new_field": {"x": 1}}
    assert msg.to_dict()["new_field"] == {"x": 1}


def test_lenient_path_still_converts_nested_types(m):
    data = {**MSG, "usage": {"input_tokens": 1}, "created": "2024-01-02T03:04:05Z"}
    msg = m.models.construct_type(type_=m.Message, value=data)
    assert isinstance(msg.usage, m.Usage) and msg.usage.input_tokens == 1
    assert msg.created == datetime.fromisoformat("2024-01-02T03:04:05+00:00")


def test_strict_validation_raises(m):
    with pytest.raises(pydantic.ValidationError):
        m.models.validate_type(type_=m.Message, value={**MSG, "stop_reason": "refusal_v2"})


def test_strict_client_raises_api_response_validation_error(m, rt, clients):
    Client, _ = clients
    exc = importlib.import_module(f"{rt.__name__}._exceptions")
    client = Client(base_url="http://localhost", _strict_response_validation=True)
    resp = httpx.Response(200, request=httpx.Request("GET", "http://localhost/x"))
    with pytest.raises(exc.APIResponseValidationError, match="invalid for expected schema"):
        client._process_response_data(data={**MSG, "stop_reason": "nope"}, cast_to=m.Message, response=resp)
    lenient = Client(base_url="http://localhost")
    assert (
        lenient._process_response_data(
            data={**MSG, "stop_reason": "nope"}, cast_to=m.Message, response=resp
        ).stop_reason
        == "nope"
    )


def test_to_dict_and_to_json_default_to_fields_the_api_sent(m):
    msg = m.models.construct_type(type_=m.Message, value={k: v for k, v in MSG.items() if k != "stop_sequence"})
    assert "stop_sequence" not in msg.to_dict()
    assert msg.to_dict(exclude_unset=False)["stop_sequence"] is None
    assert json.loads(msg.to_json()) == msg.to_dict(mode="json")
    assert msg.to_json().startswith('{\n  "id"')
    assert "stop_sequence" not in msg.model_fields_set
    explicit_null = m.models.construct_type(type_=m.Message, value=MSG)
    assert "stop_sequence" in explicit_null.model_fields_set


def test_request_id_is_hidden_from_dumps_and_fields(m):
    msg = m.models.construct_type(type_=m.Message, value=MSG)
    m.models.add_request_id(msg, "req_123")
    assert msg._request_id == "req_123"
    assert "_request_id" not in msg.to_dict() and "req_123" not in msg.to_json()
    assert "_request_id" not in msg.model_fields_set
    assert "req_123" not in repr(msg)


def test_repr_and_str_look_like_pydantic(m):
    u = m.Usage(input_tokens=1, output_tokens=2)
    assert repr(u) == "Usage(input_tokens=1, output_tokens=2)"
    assert str(u) == "Usage(input_tokens=1, output_tokens=2)"


def test_basemodel_construct_builds_nested_models(m):
    msg = m.Message.construct(**MSG)
    assert isinstance(msg.usage, m.Usage)
    assert isinstance(msg.content[0], m.TextBlock)


def test_final_request_options_copy_and_max_retries(rt):
    models = importlib.import_module(f"{rt.__name__}._models")
    opts = models.FinalRequestOptions.construct(method="post", url="/v1/x", headers={"a": "b"}, max_retries=5)
    copy = opts.model_copy()
    copy.headers["c"] = "d"
    assert opts.headers == {"a": "b"}
    assert opts.get_max_retries(2) == 5
    assert models.FinalRequestOptions(method="get", url="/").get_max_retries(2) == 2
    assert "sk-secret" not in repr(
        models.FinalRequestOptions(method="get", url="/", headers={"x-api-key": "sk-secret"})
    )
