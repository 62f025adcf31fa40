# Generated from #/components/schemas/BetaMessageDeltaEvent; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_message_delta import BetaMessageDelta
from .beta_message_delta_usage import BetaMessageDeltaUsage
from .beta_context_management_response import BetaContextManagementResponse

__all__ = [
    "BetaRawMessageDeltaEvent",
]


class BetaRawMessageDeltaEvent(BaseModel):
    """Stream event `message_delta`. Part of the beta API."""

    context_management: Optional[BetaContextManagementResponse] = None

    delta: BetaMessageDelta

    type: Literal["message_delta"]

    usage: BetaMessageDeltaUsage
