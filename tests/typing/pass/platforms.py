"""The platform clients take their own credentials and offer the messages API."""

from __future__ import annotations

from anthropic import (
    AnthropicBedrock,
    AnthropicFoundry,
    AnthropicVertex,
    AsyncAnthropicBedrock,
    AsyncAnthropicFoundry,
    AsyncAnthropicVertex,
)
from anthropic.types import Message
from typing_extensions import assert_type

bedrock = AnthropicBedrock(aws_region="us-east-1", aws_access_key="AKIA", aws_secret_key="secret")
message = bedrock.messages.create(
    max_tokens=256,
    messages=[{"role": "user", "content": "Hello"}],
    model="anthropic.claude-opus-4-6-v1:0",
)
assert_type(message, Message)

vertex = AnthropicVertex(region="us-east5", project_id="my-project", access_token="token")
with vertex.messages.stream(max_tokens=64, messages=[], model="claude-opus-4-6") as stream:
    print(stream.get_final_text())

foundry = AnthropicFoundry(resource="my-resource", api_key="key")
print(foundry.messages.count_tokens(messages=[], model="claude-opus-4-6").input_tokens)
foundry_with_token = AnthropicFoundry(resource="my-resource", azure_ad_token_provider=lambda: "token")


async def async_platforms() -> None:
    for client in (
        AsyncAnthropicBedrock(aws_region="us-east-1"),
        AsyncAnthropicVertex(region="global", project_id="p"),
        AsyncAnthropicFoundry(resource="r", api_key="k"),
    ):
        reply = await client.messages.create(max_tokens=8, messages=[], model="claude-opus-4-6")
        assert_type(reply, Message)
