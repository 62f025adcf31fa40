# Generated from #/components/schemas/ResponseThinkingBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "ThinkingBlock",
]


class ThinkingBlock(BaseModel):
    """Content block of type `thinking` as returned by the API."""

    signature: str

    thinking: str

    type: Literal["thinking"]
