"""`client.beta` of the Bedrock clients: only `messages` (under the names 0.79 gave this module)."""

from .._platform_resources import MessagesOnlyBeta as Beta, AsyncMessagesOnlyBeta as AsyncBeta

__all__ = ["Beta", "AsyncBeta"]
