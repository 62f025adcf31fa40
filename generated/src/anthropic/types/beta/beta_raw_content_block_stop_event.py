# Generated from #/components/schemas/BetaContentBlockStopEvent; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaRawContentBlockStopEvent",
]


class BetaRawContentBlockStopEvent(BaseModel):
    """Stream event `content_block_stop`. Part of the beta API."""

    index: int

    type: Literal["content_block_stop"]
