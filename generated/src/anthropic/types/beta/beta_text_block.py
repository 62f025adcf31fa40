# Generated from #/components/schemas/BetaResponseTextBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_text_citation import BetaTextCitation

__all__ = [
    "BetaTextBlock",
]


class BetaTextBlock(BaseModel):
    """Content block of type `text` as returned by the API. Part of the beta API."""

    citations: Optional[List[BetaTextCitation]] = None

    text: str

    type: Literal["text"]
