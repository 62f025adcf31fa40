# Generated from #/components/schemas/ThinkingContentBlockDelta; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "ThinkingDelta",
]


class ThinkingDelta(BaseModel):
    """Incremental content update of type `thinking_delta`."""

    thinking: str

    type: Literal["thinking_delta"]
