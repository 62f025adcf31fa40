"""Claude through Google Cloud Vertex AI: `AnthropicVertex` and `AsyncAnthropicVertex` (extra `vertex`)."""

from ._client import AnthropicVertex as AnthropicVertex, AsyncAnthropicVertex as AsyncAnthropicVertex

__all__ = ["AnthropicVertex", "AsyncAnthropicVertex"]
