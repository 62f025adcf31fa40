# Generated from #/components/schemas/BetaSucceededResult; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel
from ..beta_message import BetaMessage

__all__ = [
    "BetaMessageBatchSucceededResult",
]


class BetaMessageBatchSucceededResult(BaseModel):
    """Batch result of a request that completed; holds the message. Part of the beta API."""

    message: BetaMessage

    type: Literal["succeeded"]
