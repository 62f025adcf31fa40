# Generated from #/components/schemas/BetaResponseClearThinking20251015Edit; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaClearThinking20251015EditResponse",
]


class BetaClearThinking20251015EditResponse(BaseModel):
    """Report of a context edit of type `clear_thinking_20251015` that was applied. Part of the beta API."""

    cleared_input_tokens: int

    cleared_thinking_turns: int

    type: Literal["clear_thinking_20251015"]
