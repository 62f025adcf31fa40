# Generated from #/components/schemas/BetaMessageStopEvent; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaRawMessageStopEvent",
]


class BetaRawMessageStopEvent(BaseModel):
    """Stream event `message_stop`. Part of the beta API."""

    type: Literal["message_stop"]
