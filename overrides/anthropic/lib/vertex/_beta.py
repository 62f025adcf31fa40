"""`client.beta` of the Vertex AI clients: only `messages` (under the names 0.79 gave this module)."""

from .._platform_resources import AsyncMessagesOnlyBeta as AsyncBeta
from .._platform_resources import MessagesOnlyBeta as Beta

__all__ = ["Beta", "AsyncBeta"]
