# Generated from #/components/schemas/BetaExpiredResult; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = [
    "BetaMessageBatchExpiredResult",
]


class BetaMessageBatchExpiredResult(BaseModel):
    """Batch result of a request that was not run before the batch expired. Part of the beta API."""

    type: Literal["expired"]
