# Generated from #/components/schemas/MessageDelta; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from .._models import BaseModel
from .container import Container
from .stop_reason import StopReason

__all__ = [
    "MessageDelta",
]


class MessageDelta(BaseModel):
    """Top-level message fields that changed, sent near the end of a stream."""

    container: Optional[Container] = None

    stop_reason: Optional[StopReason] = None

    stop_sequence: Optional[str] = None
