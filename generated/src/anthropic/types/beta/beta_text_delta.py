# Generated from #/components/schemas/BetaTextContentBlockDelta; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaTextDelta",
]


class BetaTextDelta(BaseModel):
    """Incremental content update of type `text_delta`. Part of the beta API."""

    text: str

    type: Literal["text_delta"]
