"""`client.beta.messages` of the Vertex AI clients (under the names 0.79 gave this module)."""

from .._platform_resources import PlatformBetaMessages as Messages, AsyncPlatformBetaMessages as AsyncMessages

__all__ = ["Messages", "AsyncMessages"]
