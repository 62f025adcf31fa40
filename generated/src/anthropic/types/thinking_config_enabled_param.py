# Generated from #/components/schemas/ThinkingConfigEnabled; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "ThinkingConfigEnabledParam",
]


class ThinkingConfigEnabledParam(TypedDict, total=False):
    """Turn extended thinking on with a token budget."""

    budget_tokens: Required[int]

    type: Required[Literal["enabled"]]
