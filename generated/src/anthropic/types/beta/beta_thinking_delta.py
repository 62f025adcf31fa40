# Generated from #/components/schemas/BetaThinkingContentBlockDelta; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaThinkingDelta",
]


class BetaThinkingDelta(BaseModel):
    """Incremental content update of type `thinking_delta`. Part of the beta API."""

    thinking: str

    type: Literal["thinking_delta"]
