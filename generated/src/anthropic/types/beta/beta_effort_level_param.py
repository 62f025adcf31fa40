# Generated from #/components/schemas/BetaEffortLevel; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, TypeAlias

__all__ = [
    "BetaEffortLevelParam",
]


BetaEffortLevelParam: TypeAlias = Literal["low", "medium", "high", "max"]
"""How much effort the model should spend on its reply. Part of the beta API."""
