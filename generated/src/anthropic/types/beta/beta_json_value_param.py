# Generated from #/components/schemas/BetaJsonValue; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import TypeAlias

__all__ = [
    "BetaJsonValueParam",
]


BetaJsonValueParam: TypeAlias = object
"""Any JSON value. Part of the beta API."""
