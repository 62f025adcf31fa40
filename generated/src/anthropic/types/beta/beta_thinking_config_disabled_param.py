# Generated from #/components/schemas/BetaThinkingConfigDisabled; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaThinkingConfigDisabledParam",
]


class BetaThinkingConfigDisabledParam(TypedDict, total=False):
    """Turn extended thinking off. Part of the beta API."""

    type: Required[Literal["disabled"]]
