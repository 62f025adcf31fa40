# Generated from #/components/schemas/MessageStreamEvent; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union

from pydantic import Discriminator
from typing_extensions import Annotated, TypeAlias

from .ping import Ping
from .._utils import PropertyInfo
from .error_event import ErrorEvent
from .raw_message_stop_event import RawMessageStopEvent
from .raw_message_delta_event import RawMessageDeltaEvent
from .raw_message_start_event import RawMessageStartEvent
from .raw_content_block_stop_event import RawContentBlockStopEvent
from .raw_content_block_delta_event import RawContentBlockDeltaEvent
from .raw_content_block_start_event import RawContentBlockStartEvent

__all__ = [
    "RawMessageStreamEvent",
]


RawMessageStreamEvent: TypeAlias = Annotated[
    Union[
        RawMessageStartEvent,
        RawMessageDeltaEvent,
        RawMessageStopEvent,
        RawContentBlockStartEvent,
        RawContentBlockDeltaEvent,
        RawContentBlockStopEvent,
        Ping,
        ErrorEvent,
    ],
    PropertyInfo(discriminator="type"),
    Discriminator("type"),
]
"""Any event of a streamed message reply, told apart by `type`."""
