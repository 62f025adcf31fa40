"""A response's content goes back into the next request as it is, and params can be built up."""

from __future__ import annotations

from typing import List

from anthropic import Anthropic
from anthropic.types import (
    ContentBlock,
    Message,
    MessageParam,
    TextBlock,
    TextBlockParam,
    ToolResultBlockParam,
)
from typing_extensions import Literal, assert_type

client = Anthropic()

message = client.messages.create(
    max_tokens=1024,
    messages=[{"role": "user", "content": "Hello, Claude"}],
    model="claude-opus-4-6",
)
assert_type(message, Message)
assert_type(message.content, List[ContentBlock])

# The assistant's blocks, as received, are valid content of an assistant turn.
follow_up = client.messages.create(
    max_tokens=1024,
    messages=[
        {"role": "user", "content": "Hello, Claude"},
        {"role": "assistant", "content": message.content},
        {"role": "user", "content": "Go on."},
    ],
    model="claude-opus-4-6",
)

# A role held in a variable: typed as the literal union, it is accepted.
role: Literal["user", "assistant"] = "user"
history: List[MessageParam] = [{"role": role, "content": "Hi"}]
history.append({"role": "assistant", "content": follow_up.content})
history.append({"role": message.role, "content": message.content})

tool_results: List[ToolResultBlockParam] = []
for block in follow_up.content:
    if block.type == "text":
        assert_type(block, TextBlock)
        assert_type(block.text, str)
    elif block.type == "tool_use":
        tool_results.append({"type": "tool_result", "tool_use_id": block.id, "content": "42"})
if tool_results:
    history.append({"role": "user", "content": tool_results})

text: TextBlockParam = {"type": "text", "text": "Summarise.", "cache_control": {"type": "ephemeral"}}
history.append({"role": "user", "content": [text]})
client.messages.create(max_tokens=256, messages=history, model="claude-opus-4-6")

# The returned type's stop reason and usage are typed too.
stop: str | None = message.stop_reason
tokens: int = message.usage.input_tokens + message.usage.output_tokens
print(stop, tokens)
