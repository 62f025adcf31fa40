# Generated from #/components/schemas/BetaThinkingConfigEnabled; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaThinkingConfigEnabledParam",
]


class BetaThinkingConfigEnabledParam(TypedDict, total=False):
    """Turn extended thinking on with a token budget. Part of the beta API."""

    budget_tokens: Required[int]

    type: Required[Literal["enabled"]]
