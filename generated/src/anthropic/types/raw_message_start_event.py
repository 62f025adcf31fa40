# Generated from #/components/schemas/MessageStartEvent; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .message import Message
from .._models import BaseModel

__all__ = [
    "RawMessageStartEvent",
]


class RawMessageStartEvent(BaseModel):
    """Stream event `message_start`."""

    message: Message

    type: Literal["message_start"]
