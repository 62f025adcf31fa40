"""Helpers for streamed messages: `MessageStream`, its events, and the beta equivalents.

The names are loaded on first use, so importing this package (which the
resource classes do, to attach `.stream()`) costs next to nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Dict, Tuple

if TYPE_CHECKING:
    from ._types import (
        TextEvent as TextEvent,
        CitationEvent as CitationEvent,
        ThinkingEvent as ThinkingEvent,
        InputJsonEvent as InputJsonEvent,
        SignatureEvent as SignatureEvent,
        MessageStopEvent as MessageStopEvent,
        MessageStreamEvent as MessageStreamEvent,
        ContentBlockStopEvent as ContentBlockStopEvent,
        ParsedMessageStopEvent as ParsedMessageStopEvent,
        ParsedMessageStreamEvent as ParsedMessageStreamEvent,
        ParsedContentBlockStopEvent as ParsedContentBlockStopEvent,
    )
    from ._errors import (
        IncompleteStreamError as IncompleteStreamError,
        StreamEventOrderError as StreamEventOrderError,
        MalformedToolInputError as MalformedToolInputError,
    )
    from ._messages import (
        MessageStream as MessageStream,
        AsyncMessageStream as AsyncMessageStream,
        MessageStreamManager as MessageStreamManager,
        AsyncMessageStreamManager as AsyncMessageStreamManager,
    )
    from ._beta_types import (
        BetaCitationEvent as BetaCitationEvent,
        BetaThinkingEvent as BetaThinkingEvent,
        BetaInputJsonEvent as BetaInputJsonEvent,
        BetaSignatureEvent as BetaSignatureEvent,
        BetaCompactionEvent as BetaCompactionEvent,
        ParsedBetaTextEvent as ParsedBetaTextEvent,
        ParsedBetaMessageStopEvent as ParsedBetaMessageStopEvent,
        ParsedBetaMessageStreamEvent as ParsedBetaMessageStreamEvent,
        ParsedBetaContentBlockStopEvent as ParsedBetaContentBlockStopEvent,
    )
    from ._beta_messages import (
        BetaMessageStream as BetaMessageStream,
        BetaAsyncMessageStream as BetaAsyncMessageStream,
        BetaMessageStreamManager as BetaMessageStreamManager,
        BetaAsyncMessageStreamManager as BetaAsyncMessageStreamManager,
    )

    # Older names of the beta events.
    BetaTextEvent = ParsedBetaTextEvent
    BetaMessageStopEvent = ParsedBetaMessageStopEvent[object]
    BetaMessageStreamEvent = ParsedBetaMessageStreamEvent
    BetaContentBlockStopEvent = ParsedBetaContentBlockStopEvent[object]

_EXPORTS: Dict[str, Tuple[str, ...]] = {
    "._types": (
        "TextEvent",
        "CitationEvent",
        "ThinkingEvent",
        "InputJsonEvent",
        "SignatureEvent",
        "MessageStopEvent",
        "MessageStreamEvent",
        "ContentBlockStopEvent",
        "ParsedMessageStopEvent",
        "ParsedMessageStreamEvent",
        "ParsedContentBlockStopEvent",
    ),
    "._errors": ("IncompleteStreamError", "StreamEventOrderError", "MalformedToolInputError"),
    "._messages": ("MessageStream", "AsyncMessageStream", "MessageStreamManager", "AsyncMessageStreamManager"),
    "._beta_types": (
        "BetaCitationEvent",
        "BetaThinkingEvent",
        "BetaInputJsonEvent",
        "BetaSignatureEvent",
        "BetaCompactionEvent",
        "ParsedBetaTextEvent",
        "ParsedBetaMessageStopEvent",
        "ParsedBetaMessageStreamEvent",
        "ParsedBetaContentBlockStopEvent",
    ),
    "._beta_messages": (
        "BetaMessageStream",
        "BetaAsyncMessageStream",
        "BetaMessageStreamManager",
        "BetaAsyncMessageStreamManager",
    ),
}
_WHERE = {name: module for module, names in _EXPORTS.items() for name in names}
_ALIASES = ("BetaTextEvent", "BetaMessageStopEvent", "BetaMessageStreamEvent", "BetaContentBlockStopEvent")

# Spelled out so type checkers can read it: every name of _EXPORTS, then _ALIASES.
__all__ = [
    "TextEvent",
    "CitationEvent",
    "ThinkingEvent",
    "InputJsonEvent",
    "SignatureEvent",
    "MessageStopEvent",
    "MessageStreamEvent",
    "ContentBlockStopEvent",
    "ParsedMessageStopEvent",
    "ParsedMessageStreamEvent",
    "ParsedContentBlockStopEvent",
    "IncompleteStreamError",
    "StreamEventOrderError",
    "MalformedToolInputError",
    "MessageStream",
    "AsyncMessageStream",
    "MessageStreamManager",
    "AsyncMessageStreamManager",
    "BetaCitationEvent",
    "BetaThinkingEvent",
    "BetaInputJsonEvent",
    "BetaSignatureEvent",
    "BetaCompactionEvent",
    "ParsedBetaTextEvent",
    "ParsedBetaMessageStopEvent",
    "ParsedBetaMessageStreamEvent",
    "ParsedBetaContentBlockStopEvent",
    "BetaMessageStream",
    "BetaAsyncMessageStream",
    "BetaMessageStreamManager",
    "BetaAsyncMessageStreamManager",
    "BetaTextEvent",
    "BetaMessageStopEvent",
    "BetaMessageStreamEvent",
    "BetaContentBlockStopEvent",
]


def _alias(name: str) -> Any:
    from . import _beta_types as beta

    if name == "BetaTextEvent":
        return beta.ParsedBetaTextEvent
    if name == "BetaMessageStopEvent":
        return beta.ParsedBetaMessageStopEvent[object]
    if name == "BetaMessageStreamEvent":
        return beta.ParsedBetaMessageStreamEvent
    return beta.ParsedBetaContentBlockStopEvent[object]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is not None:
        value = getattr(importlib.import_module(module, __name__), name)
    elif name in _ALIASES:
        value = _alias(name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> Any:
    return sorted(set(globals()) | set(__all__))
