# Generated from #/components/schemas/TextContentBlockDelta; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "TextDelta",
]


class TextDelta(BaseModel):
    """Incremental content update of type `text_delta`."""

    text: str

    type: Literal["text_delta"]
