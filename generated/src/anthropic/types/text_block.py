# Generated from #/components/schemas/ResponseTextBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from .._models import BaseModel
from .text_citation import TextCitation

__all__ = [
    "TextBlock",
]


class TextBlock(BaseModel):
    """Content block of type `text` as returned by the API."""

    citations: Optional[List[TextCitation]] = None

    text: str

    type: Literal["text"]
