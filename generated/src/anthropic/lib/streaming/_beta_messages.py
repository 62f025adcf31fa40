"""`BetaMessageStream` and friends for `client.beta.messages.stream(...)`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic

from ._core import StreamSpec, SyncManagerBase, AsyncManagerBase, SyncMessageStreamBase, AsyncMessageStreamBase
from ._types import ResponseFormatT
from ._beta_types import (
    BetaCitationEvent,
    BetaThinkingEvent,
    BetaInputJsonEvent,
    BetaSignatureEvent,
    BetaCompactionEvent,
    ParsedBetaTextEvent,
    ParsedBetaMessageStopEvent,
    ParsedBetaContentBlockStopEvent,
)
from ._accumulator import StreamFlavour
from ..._utils._common import lru_cache

if TYPE_CHECKING:
    # named in the string type arguments below
    from ._beta_types import ParsedBetaMessageStreamEvent  # noqa: F401
    from ...types.beta.parsed_beta_message import ParsedBetaMessage  # noqa: F401

__all__ = ["BetaMessageStream", "BetaAsyncMessageStream", "BetaMessageStreamManager", "BetaAsyncMessageStreamManager"]

# With this beta the API may stream tool input that is not valid JSON until it ends;
# unfinished strings are then kept rather than dropped.
_FINE_GRAINED_TOOL_STREAMING = "fine-grained-tool-streaming"


@lru_cache(maxsize=None)
def _spec() -> StreamSpec:
    from ...types.beta import BetaTextCitation, BetaRawContentBlockDelta, BetaRawMessageStreamEvent
    from ...types.beta.parsed_beta_message import ParsedBetaMessage, ParsedBetaContentBlock

    return StreamSpec(
        flavour=StreamFlavour(
            message_model=ParsedBetaMessage,
            content_block=ParsedBetaContentBlock,
            content_block_delta=BetaRawContentBlockDelta,
            citation=BetaTextCitation,
            fine_grained_beta=_FINE_GRAINED_TOOL_STREAMING,
        ),
        raw_event=BetaRawMessageStreamEvent,
        delta_events=[
            ParsedBetaTextEvent,
            BetaCitationEvent,
            BetaThinkingEvent,
            BetaSignatureEvent,
            BetaInputJsonEvent,
            BetaCompactionEvent,
        ],
        message_stop=ParsedBetaMessageStopEvent,
        content_block_stop=ParsedBetaContentBlockStopEvent,
    )


class BetaMessageStream(
    SyncMessageStreamBase["ParsedBetaMessageStreamEvent[ResponseFormatT]", "ParsedBetaMessage[ResponseFormatT]"],
    Generic[ResponseFormatT],
):
    """The events of a streamed beta message, plus the message accumulated from them."""

    _spec = staticmethod(_spec)


class BetaAsyncMessageStream(
    AsyncMessageStreamBase["ParsedBetaMessageStreamEvent[ResponseFormatT]", "ParsedBetaMessage[ResponseFormatT]"],
    Generic[ResponseFormatT],
):
    """Async counterpart of `BetaMessageStream`."""

    _spec = staticmethod(_spec)


class BetaMessageStreamManager(SyncManagerBase["BetaMessageStream[ResponseFormatT]"], Generic[ResponseFormatT]):
    """What `client.beta.messages.stream(...)` returns: use it in a `with` block."""

    _stream_cls = BetaMessageStream


class BetaAsyncMessageStreamManager(
    AsyncManagerBase["BetaAsyncMessageStream[ResponseFormatT]"], Generic[ResponseFormatT]
):
    """What `async_client.beta.messages.stream(...)` returns: use it in an `async with` block."""

    _stream_cls = BetaAsyncMessageStream
