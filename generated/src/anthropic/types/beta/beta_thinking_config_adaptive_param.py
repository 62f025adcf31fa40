# Generated from #/components/schemas/BetaThinkingConfigAdaptive; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaThinkingConfigAdaptiveParam",
]


class BetaThinkingConfigAdaptiveParam(TypedDict, total=False):
    """Let the model decide how much to think. Part of the beta API."""

    type: Required[Literal["adaptive"]]
