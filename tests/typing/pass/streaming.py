"""`messages.stream()`: typed events, text deltas and the accumulated message."""

from __future__ import annotations

from typing import List

from anthropic import Anthropic, MessageStream, ParsedMessageStreamEvent
from anthropic.types import Message, MessageParam, ParsedContentBlock, TextBlock
from typing_extensions import assert_type

client = Anthropic()
conversation: list[MessageParam] = [{"role": "user", "content": "Tell me a story"}]

with client.messages.stream(max_tokens=1024, messages=conversation, model="claude-opus-4-6") as stream:
    assert_type(stream, MessageStream[None])
    for event in stream:
        assert_type(event, ParsedMessageStreamEvent[None])
        if event.type == "text":
            print(event.text, end="", flush=True)
            assert_type(event.snapshot, str)
        elif event.type == "content_block_stop":
            print(event.content_block.type)
        elif event.type == "message_stop":
            print(event.message.usage.output_tokens)
    accumulated = stream.get_final_message()

assert_type(accumulated.content, List[ParsedContentBlock[None]])
conversation.append({"role": "assistant", "content": accumulated.content})
for block in accumulated.content:
    if isinstance(block, TextBlock):
        print(block.text)

message: Message = accumulated
print(message.id, stream.current_message_snapshot.id)
