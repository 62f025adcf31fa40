# Generated from #/types/aliases/MessageDeltaEvent; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import TypeAlias

from .raw_message_delta_event import RawMessageDeltaEvent

__all__ = [
    "MessageDeltaEvent",
]


MessageDeltaEvent: TypeAlias = RawMessageDeltaEvent
