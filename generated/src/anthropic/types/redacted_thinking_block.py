# Generated from #/components/schemas/ResponseRedactedThinkingBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "RedactedThinkingBlock",
]


class RedactedThinkingBlock(BaseModel):
    """Content block of type `redacted_thinking` as returned by the API."""

    data: str

    type: Literal["redacted_thinking"]
