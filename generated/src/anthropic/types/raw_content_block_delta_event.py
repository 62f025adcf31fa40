# Generated from #/components/schemas/ContentBlockDeltaEvent; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel
from .raw_content_block_delta import RawContentBlockDelta

__all__ = [
    "RawContentBlockDeltaEvent",
]


class RawContentBlockDeltaEvent(BaseModel):
    """Stream event `content_block_delta`."""

    delta: RawContentBlockDelta

    index: int

    type: Literal["content_block_delta"]
