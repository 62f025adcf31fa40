"""The parsed message types: where they live, what they hold, and that they follow the generated unions."""

from __future__ import annotations

import inspect
from typing import Any, List

import anthropic
import anthropic.types.beta.parsed_beta_message as parsed_beta_message
import anthropic.types.parsed_message as parsed_message
import pytest
from anthropic._utils._typing import get_args, strip_annotated_type
from anthropic.types import ContentBlock, TextBlock
from anthropic.types.beta import BetaContentBlock, BetaTextBlock


def _members(union: Any) -> List[Any]:
    return list(get_args(strip_annotated_type(union)))


@pytest.mark.parametrize(
    "module,generated,text_block,parsed_text_block",
    [
        (parsed_message, ContentBlock, TextBlock, parsed_message.ParsedTextBlock),
        (parsed_beta_message, BetaContentBlock, BetaTextBlock, parsed_beta_message.ParsedBetaTextBlock),
    ],
    ids=["plain", "beta"],
)
def test_parsed_content_block_is_the_generated_union_with_the_parsed_text_block(
    module, generated, text_block, parsed_text_block
):
    parsed_union = getattr(module, "ParsedBetaContentBlock" if module is parsed_beta_message else "ParsedContentBlock")
    expected = [parsed_text_block if m is text_block else m for m in _members(generated)]
    assert _members(parsed_union) == expected
    # The union type checkers see is written out in the module; it must name the same blocks.
    source = inspect.getsource(module)
    for member in _members(generated):
        if member is not text_block:
            assert f"            {member.__name__},\n" in source, f"add {member.__name__} to the TYPE_CHECKING union"


def test_names_are_where_0_79_has_them():
    assert anthropic.types.ParsedMessage is parsed_message.ParsedMessage
    assert anthropic.types.ParsedTextBlock is parsed_message.ParsedTextBlock
    assert anthropic.types.ParsedContentBlock is parsed_message.ParsedContentBlock
    assert parsed_message.__all__ == ["ParsedTextBlock", "ParsedContentBlock", "ParsedMessage"]
    assert parsed_beta_message.__all__ == ["ParsedBetaTextBlock", "ParsedBetaContentBlock", "ParsedBetaMessage"]
    # 0.79 keeps the beta ones in their module only.
    assert not {"ParsedBetaMessage", "ParsedBetaTextBlock", "ParsedBetaContentBlock"} & set(dir(anthropic.types.beta))


def test_parsed_output_of_a_message_is_its_first_non_none_output():
    message = parsed_message.ParsedMessage.model_validate(
        {
            "id": "m",
            "type": "message",
            "role": "assistant",
            "model": "claude-opus-4-6",
            "content": [
                {"type": "thinking", "thinking": "hm", "signature": "s"},
                {"type": "text", "text": "a"},
                {"type": "text", "text": "b"},
            ],
            "usage": {"input_tokens": 1, "output_tokens": 1},
        }
    )
    assert message.parsed_output is None
    message.content[2].parsed_output = {"b": 2}
    assert message.parsed_output == {"b": 2}
    message.content[1].parsed_output = False
    assert message.parsed_output is False


def test_parsed_text_block_keeps_parsed_output_out_of_requests():
    from anthropic._utils import build_body

    block = parsed_message.ParsedTextBlock.model_construct(type="text", text="{}", parsed_output={"x": 1})
    assert build_body({"content": [block]}) == {"content": [{"type": "text", "text": "{}"}]}
    assert block.to_dict()["parsed_output"] == {"x": 1}
