# Generated from #/types/aliases/MessageStartEvent; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import TypeAlias

from .raw_message_start_event import RawMessageStartEvent

__all__ = [
    "MessageStartEvent",
]


MessageStartEvent: TypeAlias = RawMessageStartEvent
