# Generated from #/components/schemas/CountMessageTokensResponse; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "MessageTokensCount",
]


class MessageTokensCount(BaseModel):
    """Token count for a prospective message request."""

    input_tokens: int
