# Generated from #/components/schemas/EffortLevel; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, TypeAlias

__all__ = [
    "EffortLevelParam",
]


EffortLevelParam: TypeAlias = Literal["low", "medium", "high", "max"]
"""How much effort the model should spend on its reply."""
