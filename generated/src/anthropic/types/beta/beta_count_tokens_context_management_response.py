# Generated from #/components/schemas/BetaContextManagementResponse; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from ..._models import BaseModel

__all__ = [
    "BetaCountTokensContextManagementResponse",
]


class BetaCountTokensContextManagementResponse(BaseModel):
    """Context-management details of a token count: the input size before any edits. Part of the beta API."""

    original_input_tokens: int
