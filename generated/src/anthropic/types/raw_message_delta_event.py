# Generated from #/components/schemas/MessageDeltaEvent; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel
from .message_delta import MessageDelta
from .message_delta_usage import MessageDeltaUsage

__all__ = [
    "RawMessageDeltaEvent",
]


class RawMessageDeltaEvent(BaseModel):
    """Stream event `message_delta`."""

    delta: MessageDelta

    type: Literal["message_delta"]

    usage: MessageDeltaUsage
