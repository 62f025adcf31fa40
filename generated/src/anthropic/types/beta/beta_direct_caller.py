# Generated from #/components/schemas/BetaDirectCaller; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaDirectCaller",
]


class BetaDirectCaller(BaseModel):
    """Marks a tool call made directly by the model. Part of the beta API."""

    type: Literal["direct"]
