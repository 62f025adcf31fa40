# Generated from #/components/schemas/ErroredResult; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from ..shared.error_response import ErrorResponse

__all__ = [
    "MessageBatchErroredResult",
]


class MessageBatchErroredResult(BaseModel):
    """Batch result of a request that failed; holds the error."""

    error: ErrorResponse

    type: Literal["errored"]
