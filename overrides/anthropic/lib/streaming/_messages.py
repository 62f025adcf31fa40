"""`MessageStream` and friends for `client.messages.stream(...)`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic

from ..._utils._common import lru_cache
from ._accumulator import StreamFlavour
from ._core import AsyncManagerBase, AsyncMessageStreamBase, StreamSpec, SyncManagerBase, SyncMessageStreamBase
from ._types import (
    CitationEvent,
    InputJsonEvent,
    ParsedContentBlockStopEvent,
    ParsedMessageStopEvent,
    ResponseFormatT,
    SignatureEvent,
    TextEvent,
    ThinkingEvent,
)

if TYPE_CHECKING:
    # named in the string type arguments below
    from ...types.parsed_message import ParsedMessage  # noqa: F401
    from ._types import ParsedMessageStreamEvent  # noqa: F401

__all__ = ["MessageStream", "AsyncMessageStream", "MessageStreamManager", "AsyncMessageStreamManager"]


@lru_cache(maxsize=None)
def _spec() -> StreamSpec:
    from ...types import RawContentBlockDelta, RawMessageStreamEvent, TextCitation
    from ...types.parsed_message import ParsedContentBlock, ParsedMessage

    return StreamSpec(
        flavour=StreamFlavour(
            message_model=ParsedMessage,
            content_block=ParsedContentBlock,
            content_block_delta=RawContentBlockDelta,
            citation=TextCitation,
        ),
        raw_event=RawMessageStreamEvent,
        delta_events=[TextEvent, CitationEvent, ThinkingEvent, SignatureEvent, InputJsonEvent],
        message_stop=ParsedMessageStopEvent,
        content_block_stop=ParsedContentBlockStopEvent,
    )


class MessageStream(
    SyncMessageStreamBase["ParsedMessageStreamEvent[ResponseFormatT]", "ParsedMessage[ResponseFormatT]"],
    Generic[ResponseFormatT],
):
    """The events of a streamed message, plus the message accumulated from them.

    ```py
    with client.messages.stream(...) as stream:
        for text in stream.text_stream:
            print(text, end="", flush=True)
    message = stream.get_final_message()
    ```
    """

    _spec = staticmethod(_spec)


class AsyncMessageStream(
    AsyncMessageStreamBase["ParsedMessageStreamEvent[ResponseFormatT]", "ParsedMessage[ResponseFormatT]"],
    Generic[ResponseFormatT],
):
    """Async counterpart of `MessageStream`."""

    _spec = staticmethod(_spec)


class MessageStreamManager(SyncManagerBase["MessageStream[ResponseFormatT]"], Generic[ResponseFormatT]):
    """What `client.messages.stream(...)` returns: use it in a `with` block to get a `MessageStream`."""

    _stream_cls = MessageStream


class AsyncMessageStreamManager(AsyncManagerBase["AsyncMessageStream[ResponseFormatT]"], Generic[ResponseFormatT]):
    """What `async_client.messages.stream(...)` returns: use it in an `async with` block."""

    _stream_cls = AsyncMessageStream
