"""`stream` as a literal picks the return type; as a `bool` variable it gives the union."""

from __future__ import annotations

from typing import Union

from anthropic import Anthropic, AsyncAnthropic, AsyncStream, Stream
from anthropic.types import Message, RawMessageStreamEvent
from anthropic.types.beta import BetaMessage, BetaRawMessageStreamEvent
from typing_extensions import assert_type

client = Anthropic()

plain = client.messages.create(max_tokens=16, messages=[], model="claude-opus-4-6", stream=False)
assert_type(plain, Message)

events = client.messages.create(max_tokens=16, messages=[], model="claude-opus-4-6", stream=True)
assert_type(events, Stream[RawMessageStreamEvent])
for event in events:
    if event.type == "content_block_delta" and event.delta.type == "text_delta":
        print(event.delta.text)


def ask(streaming: bool) -> None:
    either = client.messages.create(max_tokens=16, messages=[], model="claude-opus-4-6", stream=streaming)
    assert_type(either, Union[Message, Stream[RawMessageStreamEvent]])
    if isinstance(either, Stream):
        for item in either:
            assert_type(item, RawMessageStreamEvent)
    else:
        assert_type(either, Message)

    beta = client.beta.messages.create(max_tokens=16, messages=[], model="claude-opus-4-6", stream=streaming)
    assert_type(beta, Union[BetaMessage, Stream[BetaRawMessageStreamEvent]])


async def ask_async(streaming: bool) -> None:
    aclient = AsyncAnthropic()
    either = await aclient.messages.create(max_tokens=16, messages=[], model="claude-opus-4-6", stream=streaming)
    assert_type(either, Union[Message, AsyncStream[RawMessageStreamEvent]])
    events = await aclient.messages.create(max_tokens=16, messages=[], model="claude-opus-4-6", stream=True)
    async for event in events:
        assert_type(event, RawMessageStreamEvent)


ask(True)
