"""`client.beta.messages` of the Vertex AI clients (under the names 0.79 gave this module)."""

from .._platform_resources import AsyncPlatformBetaMessages as AsyncMessages
from .._platform_resources import PlatformBetaMessages as Messages

__all__ = ["Messages", "AsyncMessages"]
