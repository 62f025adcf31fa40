# Generated from #/components/schemas/CanceledResult; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "MessageBatchCanceledResult",
]


class MessageBatchCanceledResult(BaseModel):
    """Batch result of a request that was canceled before it ran."""

    type: Literal["canceled"]
