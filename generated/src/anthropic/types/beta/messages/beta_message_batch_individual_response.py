# Generated from #/components/schemas/BetaMessageBatchIndividualResponse; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from ...._models import BaseModel
from .beta_message_batch_result import BetaMessageBatchResult

__all__ = [
    "BetaMessageBatchIndividualResponse",
]


class BetaMessageBatchIndividualResponse(BaseModel):
    """The outcome of one batch request, keyed by its `custom_id`; one line of the results file. Part of the beta API."""

    custom_id: str

    result: BetaMessageBatchResult
