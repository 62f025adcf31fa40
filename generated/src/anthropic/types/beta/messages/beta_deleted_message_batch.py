# Generated from #/components/schemas/BetaDeleteMessageBatchResponse; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = [
    "BetaDeletedMessageBatch",
]


class BetaDeletedMessageBatch(BaseModel):
    """Confirmation that a message batch was deleted. Part of the beta API."""

    id: str

    type: Literal["message_batch_deleted"]
