# Generated from #/components/schemas/BetaCanceledResult; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = [
    "BetaMessageBatchCanceledResult",
]


class BetaMessageBatchCanceledResult(BaseModel):
    """Batch result of a request that was canceled before it ran. Part of the beta API."""

    type: Literal["canceled"]
