# Generated from #/components/schemas/MessageBatchIndividualResponse; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from ..._models import BaseModel
from .message_batch_result import MessageBatchResult

__all__ = [
    "MessageBatchIndividualResponse",
]


class MessageBatchIndividualResponse(BaseModel):
    """The outcome of one batch request, keyed by its `custom_id`; one line of the results file."""

    custom_id: str

    result: MessageBatchResult
