# Generated from #/components/schemas/BetaResponseClearToolUses20250919Edit; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaClearToolUses20250919EditResponse",
]


class BetaClearToolUses20250919EditResponse(BaseModel):
    """Report of a context edit of type `clear_tool_uses_20250919` that was applied. Part of the beta API."""

    cleared_input_tokens: int

    cleared_tool_uses: int

    type: Literal["clear_tool_uses_20250919"]
