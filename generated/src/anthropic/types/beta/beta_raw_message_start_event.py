# Generated from #/components/schemas/BetaMessageStartEvent; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_message import BetaMessage

__all__ = [
    "BetaRawMessageStartEvent",
]


class BetaRawMessageStartEvent(BaseModel):
    """Stream event `message_start`. Part of the beta API."""

    message: BetaMessage

    type: Literal["message_start"]
