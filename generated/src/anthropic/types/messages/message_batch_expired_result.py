# Generated from #/components/schemas/ExpiredResult; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "MessageBatchExpiredResult",
]


class MessageBatchExpiredResult(BaseModel):
    """Batch result of a request that was not run before the batch expired."""

    type: Literal["expired"]
