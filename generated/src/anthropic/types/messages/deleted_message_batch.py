# Generated from #/components/schemas/DeleteMessageBatchResponse; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "DeletedMessageBatch",
]


class DeletedMessageBatch(BaseModel):
    """Confirmation that a message batch was deleted."""

    id: str

    type: Literal["message_batch_deleted"]
