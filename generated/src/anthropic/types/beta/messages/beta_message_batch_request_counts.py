# Generated from #/components/schemas/BetaRequestCounts; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from ...._models import BaseModel

__all__ = [
    "BetaMessageBatchRequestCounts",
]


class BetaMessageBatchRequestCounts(BaseModel):
    """How many requests of a batch are in each state. Part of the beta API."""

    canceled: int

    errored: int

    expired: int

    processing: int

    succeeded: int
