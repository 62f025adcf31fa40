# Generated from #/components/schemas/BetaMessageDeltaEvent; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_message_delta import BetaMessageDelta
from .beta_context_management import BetaContextManagement
from .beta_message_delta_usage import BetaMessageDeltaUsage

__all__ = [
    "BetaRawMessageDeltaEvent",
]


class BetaRawMessageDeltaEvent(BaseModel):
    """Stream event `message_delta`. Part of the beta API."""

    context_management: Optional[BetaContextManagement] = None

    delta: BetaMessageDelta

    type: Literal["message_delta"]

    usage: BetaMessageDeltaUsage
