# Generated from #/types/aliases/ContentBlockStopEvent; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import TypeAlias

from .raw_content_block_stop_event import RawContentBlockStopEvent

__all__ = [
    "ContentBlockStopEvent",
]


ContentBlockStopEvent: TypeAlias = RawContentBlockStopEvent
