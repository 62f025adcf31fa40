# Generated from #/components/schemas/BetaAllThinkingTurns; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaAllThinkingTurnsParam",
]


class BetaAllThinkingTurnsParam(TypedDict, total=False):
    """Keep the thinking blocks of all turns. Part of the beta API."""

    type: Required[Literal["all"]]
