"""The events a `BetaMessageStream` yields on top of the raw beta API events."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Union, Generic, Optional, cast

import jiter
from typing_extensions import Literal, Annotated

from ._lazy import LazySnapshotEvent
from ..._utils import PropertyInfo
from ..._models import BaseModel, GenericModel
from ...types.beta import (
    BetaTextCitation,
    BetaRawMessageStopEvent,
    BetaRawMessageDeltaEvent,
    BetaRawMessageStartEvent,
    BetaRawContentBlockStopEvent,
    BetaRawContentBlockDeltaEvent,
    BetaRawContentBlockStartEvent,
)
from ...types.parsed_message import ResponseFormatT
from ...types.beta.parsed_beta_message import ParsedBetaMessage, ParsedBetaContentBlock

__all__ = [
    "ParsedBetaTextEvent",
    "BetaCitationEvent",
    "BetaThinkingEvent",
    "BetaSignatureEvent",
    "BetaInputJsonEvent",
    "BetaCompactionEvent",
    "ParsedBetaMessageStopEvent",
    "ParsedBetaContentBlockStopEvent",
    "ParsedBetaMessageStreamEvent",
]


class ParsedBetaTextEvent(LazySnapshotEvent):
    type: Literal["text"]

    text: str
    """The text this delta added."""

    snapshot: str
    """The block's text up to and including this delta."""

    def parsed_snapshot(self) -> Dict[str, Any]:
        """The text so far read as (possibly unfinished) JSON, for structured outputs."""
        return cast(Dict[str, Any], jiter.from_json(self.snapshot.encode("utf-8"), partial_mode="trailing-strings"))


class BetaCitationEvent(LazySnapshotEvent):
    type: Literal["citation"]

    citation: BetaTextCitation
    """The citation this delta added."""

    snapshot: List[BetaTextCitation]
    """The block's citations up to and including this one."""


class BetaThinkingEvent(LazySnapshotEvent):
    type: Literal["thinking"]

    thinking: str
    """The thinking text this delta added."""

    snapshot: str
    """The block's thinking text up to and including this delta."""


class BetaSignatureEvent(BaseModel):
    type: Literal["signature"]

    signature: str
    """The signature that closes the thinking block."""


class BetaInputJsonEvent(LazySnapshotEvent):
    type: Literal["input_json"]

    partial_json: str
    """The piece of tool-input JSON this delta added."""

    snapshot: object
    """The tool input parsed from all pieces so far."""


class BetaCompactionEvent(BaseModel):
    type: Literal["compaction"]

    content: Optional[str]
    """The compacted context."""


class ParsedBetaMessageStopEvent(BetaRawMessageStopEvent, GenericModel, Generic[ResponseFormatT]):
    type: Literal["message_stop"]

    message: ParsedBetaMessage[ResponseFormatT]
    """The complete message; its text blocks carry `parsed_output`."""


class ParsedBetaContentBlockStopEvent(BetaRawContentBlockStopEvent, GenericModel, Generic[ResponseFormatT]):
    type: Literal["content_block_stop"]

    if TYPE_CHECKING:
        content_block: ParsedBetaContentBlock[ResponseFormatT]
    else:
        content_block: ParsedBetaContentBlock
    """The complete content block; a text block carries `parsed_output`."""


ParsedBetaMessageStreamEvent = Annotated[
    Union[
        ParsedBetaTextEvent,
        BetaCitationEvent,
        BetaThinkingEvent,
        BetaSignatureEvent,
        BetaInputJsonEvent,
        BetaCompactionEvent,
        BetaRawMessageStartEvent,
        BetaRawMessageDeltaEvent,
        ParsedBetaMessageStopEvent[ResponseFormatT],
        BetaRawContentBlockStartEvent,
        BetaRawContentBlockDeltaEvent,
        ParsedBetaContentBlockStopEvent[ResponseFormatT],
    ],
    PropertyInfo(discriminator="type"),
]
