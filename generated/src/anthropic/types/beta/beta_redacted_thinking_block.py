# Generated from #/components/schemas/BetaResponseRedactedThinkingBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaRedactedThinkingBlock",
]


class BetaRedactedThinkingBlock(BaseModel):
    """Content block of type `redacted_thinking` as returned by the API. Part of the beta API."""

    data: str

    type: Literal["redacted_thinking"]
