# Generated from #/components/schemas/ContentBlockStopEvent; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "RawContentBlockStopEvent",
]


class RawContentBlockStopEvent(BaseModel):
    """Stream event `content_block_stop`."""

    index: int

    type: Literal["content_block_stop"]
