# Generated from #/types/aliases/ContentBlockDeltaEvent; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import TypeAlias

from .raw_content_block_delta_event import RawContentBlockDeltaEvent

__all__ = [
    "ContentBlockDeltaEvent",
]


ContentBlockDeltaEvent: TypeAlias = RawContentBlockDeltaEvent
