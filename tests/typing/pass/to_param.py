"""`to_param()`: a response model, sent back, has exactly its request type."""

from __future__ import annotations

from typing import List, Union

from anthropic import Anthropic
from anthropic.types import ContentBlockParam, MessageParam, TextBlockParam, ToolUseBlockParam
from anthropic.types.beta import BetaContentBlockParam, BetaMessageParam, BetaToolUseBlockParam
from typing_extensions import assert_type

client = Anthropic()
question: MessageParam = {"role": "user", "content": "Weather in Oslo?"}
message = client.messages.create(max_tokens=1024, messages=[question], model="claude-opus-4-6")

turn = message.to_param()
assert_type(turn, MessageParam)
blocks: List[ContentBlockParam] = [block.to_param() for block in message.content]
for block in message.content:
    if block.type == "text":
        assert_type(block.to_param(), TextBlockParam)
    elif block.type == "tool_use":
        assert_type(block.to_param(), ToolUseBlockParam)
client.messages.create(
    max_tokens=1024,
    messages=[question, turn, {"role": "user", "content": "And tomorrow?"}],
    model="claude-opus-4-6",
)

beta = client.beta.messages.create(
    max_tokens=1024, messages=[{"role": "user", "content": "Hi"}], model="claude-opus-4-6"
)
beta_turn: BetaMessageParam = beta.to_param()
beta_blocks: List[BetaContentBlockParam] = [block.to_param() for block in beta.content]
for beta_block in beta.content:
    if beta_block.type == "tool_use":
        assert_type(beta_block.to_param(), BetaToolUseBlockParam)
if beta.container is not None:
    reused = beta.container.to_param()  # the container and its skills, for the next request
    client.beta.messages.create(max_tokens=1024, messages=[beta_turn], model="claude-opus-4-6", container=reused)
mixed: Union[MessageParam, BetaMessageParam] = turn
print(blocks, beta_blocks, mixed)
