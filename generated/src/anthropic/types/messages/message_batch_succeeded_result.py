# Generated from #/components/schemas/SucceededResult; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..message import Message
from ..._models import BaseModel

__all__ = [
    "MessageBatchSucceededResult",
]


class MessageBatchSucceededResult(BaseModel):
    """Batch result of a request that completed; holds the message."""

    message: Message

    type: Literal["succeeded"]
