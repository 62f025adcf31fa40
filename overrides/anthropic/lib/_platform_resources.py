"""The generated resources, narrowed to what the cloud platforms offer.

Each class is the generated one with the sub-resources a platform lacks replaced by attributes that
raise `UnsupportedResourceError`; every method it keeps (`create`, `count_tokens`, the `stream` helper,
anything added to the generated class later) is inherited unchanged.
"""

from __future__ import annotations

from functools import cached_property

from ..resources.beta import AsyncBeta as _AsyncBeta
from ..resources.beta import Beta as _Beta
from ..resources.beta.messages import AsyncMessages as _AsyncBetaMessages
from ..resources.beta.messages import Messages as _BetaMessages
from ..resources.messages import AsyncMessages as _AsyncMessages
from ..resources.messages import Messages as _Messages
from ._platform_common import unsupported

__all__ = [
    "PlatformMessages",
    "AsyncPlatformMessages",
    "PlatformBetaMessages",
    "AsyncPlatformBetaMessages",
    "PlatformBeta",
    "AsyncPlatformBeta",
    "MessagesOnlyBeta",
    "AsyncMessagesOnlyBeta",
]


class PlatformMessages(_Messages):
    """`client.messages` without `batches`: no cloud platform offers the Message Batches API here."""

    batches = unsupported("messages.batches")


class AsyncPlatformMessages(_AsyncMessages):
    batches = unsupported("messages.batches")


class PlatformBetaMessages(_BetaMessages):
    """`client.beta.messages` without `batches`."""

    batches = unsupported("beta.messages.batches")


class AsyncPlatformBetaMessages(_AsyncBetaMessages):
    batches = unsupported("beta.messages.batches")


class PlatformBeta(_Beta):
    """`client.beta` with the narrowed `messages`; models, files and skills as generated (Foundry)."""

    @cached_property
    def messages(self) -> PlatformBetaMessages:
        return PlatformBetaMessages(self._client)


class AsyncPlatformBeta(_AsyncBeta):
    @cached_property
    def messages(self) -> AsyncPlatformBetaMessages:
        return AsyncPlatformBetaMessages(self._client)


class MessagesOnlyBeta(PlatformBeta):
    """`client.beta` with nothing but `messages` (Bedrock, Vertex AI)."""

    models = unsupported("beta.models")
    files = unsupported("beta.files")
    skills = unsupported("beta.skills")


class AsyncMessagesOnlyBeta(AsyncPlatformBeta):
    models = unsupported("beta.models")
    files = unsupported("beta.files")
    skills = unsupported("beta.skills")
