# Generated from #/components/schemas/BetaMessageBatch; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional
from datetime import datetime

from typing_extensions import Literal

from ...._models import BaseModel
from .beta_message_batch_request_counts import BetaMessageBatchRequestCounts

__all__ = [
    "BetaMessageBatch",
]


class BetaMessageBatch(BaseModel):
    """An asynchronous batch of message requests and its progress. Part of the beta API."""

    archived_at: Optional[datetime] = None

    cancel_initiated_at: Optional[datetime] = None

    created_at: datetime

    ended_at: Optional[datetime] = None

    expires_at: datetime

    id: str

    processing_status: Literal["in_progress", "canceling", "ended"]
    """Overall state of the batch."""

    request_counts: BetaMessageBatchRequestCounts

    results_url: Optional[str] = None
    """Where the results file can be downloaded once the batch has ended."""

    type: Literal["message_batch"]
