# Generated from #/components/schemas/DirectCaller; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "DirectCaller",
]


class DirectCaller(BaseModel):
    """Marks a tool call made directly by the model."""

    type: Literal["direct"]
