# Generated from #/components/schemas/BetaThinkingTurns; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaThinkingTurnsParam",
]


class BetaThinkingTurnsParam(TypedDict, total=False):
    """Keep thinking blocks of this many recent assistant turns. Part of the beta API."""

    type: Required[Literal["thinking_turns"]]

    value: Required[int]
