"""The events a `MessageStream` yields on top of the raw API events."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Generic, List, Union, cast

import jiter
from typing_extensions import Annotated, Literal

from ..._models import BaseModel, GenericModel
from ..._utils import PropertyInfo
from ...types import (
    ContentBlock,
    Message,
    RawContentBlockDeltaEvent,
    RawContentBlockStartEvent,
    RawContentBlockStopEvent,
    RawMessageDeltaEvent,
    RawMessageStartEvent,
    RawMessageStopEvent,
    TextCitation,
)
from ...types.parsed_message import ParsedContentBlock, ParsedMessage, ResponseFormatT
from ._lazy import LazySnapshotEvent

__all__ = [
    "ResponseFormatT",
    "TextEvent",
    "CitationEvent",
    "ThinkingEvent",
    "SignatureEvent",
    "InputJsonEvent",
    "MessageStopEvent",
    "ContentBlockStopEvent",
    "MessageStreamEvent",
    "ParsedMessageStopEvent",
    "ParsedContentBlockStopEvent",
    "ParsedMessageStreamEvent",
]


class TextEvent(LazySnapshotEvent):
    type: Literal["text"]

    text: str
    """The text this delta added."""

    snapshot: str
    """The block's text up to and including this delta."""

    def parsed_snapshot(self) -> Dict[str, Any]:
        """The text so far read as (possibly unfinished) JSON, for structured outputs."""
        return cast(Dict[str, Any], jiter.from_json(self.snapshot.encode("utf-8"), partial_mode="trailing-strings"))


class CitationEvent(LazySnapshotEvent):
    type: Literal["citation"]

    citation: TextCitation
    """The citation this delta added."""

    snapshot: List[TextCitation]
    """The block's citations up to and including this one."""


class ThinkingEvent(LazySnapshotEvent):
    type: Literal["thinking"]

    thinking: str
    """The thinking text this delta added."""

    snapshot: str
    """The block's thinking text up to and including this delta."""


class SignatureEvent(BaseModel):
    type: Literal["signature"]

    signature: str
    """The signature that closes the thinking block."""


class InputJsonEvent(LazySnapshotEvent):
    type: Literal["input_json"]

    partial_json: str
    """The piece of tool-input JSON this delta added, e.g. `'"San Francisco,'`."""

    snapshot: object
    """The tool input parsed from all pieces so far, e.g. `{'location': 'San Francisco, CA'}`."""


class MessageStopEvent(RawMessageStopEvent):
    type: Literal["message_stop"]

    message: Message
    """The complete message."""


class ContentBlockStopEvent(RawContentBlockStopEvent):
    type: Literal["content_block_stop"]

    content_block: ContentBlock
    """The complete content block."""


class ParsedMessageStopEvent(MessageStopEvent, GenericModel, Generic[ResponseFormatT]):
    type: Literal["message_stop"]

    # A narrower type for the field, as a pydantic subclass may declare; the event is never mutated.
    message: ParsedMessage[ResponseFormatT]  # pyright: ignore[reportIncompatibleVariableOverride]
    """The complete message; its text blocks carry `parsed_output`."""


class ParsedContentBlockStopEvent(ContentBlockStopEvent, GenericModel, Generic[ResponseFormatT]):
    type: Literal["content_block_stop"]

    if TYPE_CHECKING:
        content_block: ParsedContentBlock[ResponseFormatT]  # pyright: ignore[reportIncompatibleVariableOverride]
    else:
        content_block: ParsedContentBlock
    """The complete content block; a text block carries `parsed_output`."""


MessageStreamEvent = Annotated[
    Union[
        TextEvent,
        CitationEvent,
        ThinkingEvent,
        SignatureEvent,
        InputJsonEvent,
        RawMessageStartEvent,
        RawMessageDeltaEvent,
        MessageStopEvent,
        RawContentBlockStartEvent,
        RawContentBlockDeltaEvent,
        ContentBlockStopEvent,
    ],
    PropertyInfo(discriminator="type"),
]

ParsedMessageStreamEvent = Annotated[
    Union[
        TextEvent,
        CitationEvent,
        ThinkingEvent,
        SignatureEvent,
        InputJsonEvent,
        RawMessageStartEvent,
        RawMessageDeltaEvent,
        ParsedMessageStopEvent[ResponseFormatT],
        RawContentBlockStartEvent,
        RawContentBlockDeltaEvent,
        ParsedContentBlockStopEvent[ResponseFormatT],
    ],
    PropertyInfo(discriminator="type"),
]
