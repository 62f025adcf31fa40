# Generated from #/components/schemas/BetaContentBlockDeltaEvent; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_raw_content_block_delta import BetaRawContentBlockDelta

__all__ = [
    "BetaRawContentBlockDeltaEvent",
]


class BetaRawContentBlockDeltaEvent(BaseModel):
    """Stream event `content_block_delta`. Part of the beta API."""

    delta: BetaRawContentBlockDelta

    index: int

    type: Literal["content_block_delta"]
