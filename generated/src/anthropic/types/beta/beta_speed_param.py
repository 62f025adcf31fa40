# Generated from #/components/schemas/BetaSpeed; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, TypeAlias

__all__ = [
    "BetaSpeedParam",
]


BetaSpeedParam: TypeAlias = Literal["standard", "fast"]
"""Requested generation speed. Part of the beta API."""
