# Generated from #/components/schemas/BetaMessageDelta; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel
from .beta_container import BetaContainer
from .beta_stop_reason import BetaStopReason

__all__ = [
    "BetaMessageDelta",
]


class BetaMessageDelta(BaseModel):
    """Top-level message fields that changed, sent near the end of a stream. Part of the beta API."""

    container: Optional[BetaContainer] = None

    stop_reason: Optional[BetaStopReason] = None

    stop_sequence: Optional[str] = None
