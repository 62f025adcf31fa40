# Generated from #/components/schemas/BetaErroredResult; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel
from ...beta_error_response import BetaErrorResponse

__all__ = [
    "BetaMessageBatchErroredResult",
]


class BetaMessageBatchErroredResult(BaseModel):
    """Batch result of a request that failed; holds the error. Part of the beta API."""

    error: BetaErrorResponse

    type: Literal["errored"]
