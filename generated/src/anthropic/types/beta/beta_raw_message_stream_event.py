# Generated from #/components/schemas/BetaMessageStreamEvent; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union

from pydantic import Discriminator
from typing_extensions import Annotated, TypeAlias

from ..._utils import PropertyInfo
from .beta_ping import BetaPing
from .beta_error_event import BetaErrorEvent
from .beta_raw_message_stop_event import BetaRawMessageStopEvent
from .beta_raw_message_delta_event import BetaRawMessageDeltaEvent
from .beta_raw_message_start_event import BetaRawMessageStartEvent
from .beta_raw_content_block_stop_event import BetaRawContentBlockStopEvent
from .beta_raw_content_block_delta_event import BetaRawContentBlockDeltaEvent
from .beta_raw_content_block_start_event import BetaRawContentBlockStartEvent

__all__ = [
    "BetaRawMessageStreamEvent",
]


BetaRawMessageStreamEvent: TypeAlias = Annotated[
    Union[
        BetaRawMessageStartEvent,
        BetaRawMessageDeltaEvent,
        BetaRawMessageStopEvent,
        BetaRawContentBlockStartEvent,
        BetaRawContentBlockDeltaEvent,
        BetaRawContentBlockStopEvent,
        BetaPing,
        BetaErrorEvent,
    ],
    PropertyInfo(discriminator="type"),
    Discriminator("type"),
]
"""Any event of a streamed message reply, told apart by `type`. Part of the beta API."""
