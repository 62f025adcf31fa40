# Generated from #/components/schemas/TextBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "TextBlock",
]


class TextBlock(BaseModel):
    type: Literal["text"]

    text: str
