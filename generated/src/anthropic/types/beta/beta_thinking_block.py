# Generated from #/components/schemas/BetaResponseThinkingBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaThinkingBlock",
]


class BetaThinkingBlock(BaseModel):
    """Content block of type `thinking` as returned by the API. Part of the beta API."""

    signature: str

    thinking: str

    type: Literal["thinking"]
