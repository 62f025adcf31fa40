"""Claude through Amazon Bedrock: `AnthropicBedrock` and `AsyncAnthropicBedrock` (extra `bedrock`)."""

from ._client import AnthropicBedrock as AnthropicBedrock
from ._client import AsyncAnthropicBedrock as AsyncAnthropicBedrock

__all__ = ["AnthropicBedrock", "AsyncAnthropicBedrock"]
