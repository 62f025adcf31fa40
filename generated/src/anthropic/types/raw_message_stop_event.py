# Generated from #/components/schemas/MessageStopEvent; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "RawMessageStopEvent",
]


class RawMessageStopEvent(BaseModel):
    """Stream event `message_stop`."""

    type: Literal["message_stop"]
