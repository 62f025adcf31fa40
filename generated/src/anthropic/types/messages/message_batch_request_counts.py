# Generated from #/components/schemas/RequestCounts; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from ..._models import BaseModel

__all__ = [
    "MessageBatchRequestCounts",
]


class MessageBatchRequestCounts(BaseModel):
    """How many requests of a batch are in each state."""

    canceled: int

    errored: int

    expired: int

    processing: int

    succeeded: int
