"""Helpers for streamed messages: `MessageStream`, its events, and the beta equivalents.

The names are loaded on first use, so importing this package (which the
resource classes do, to attach `.stream()`) costs next to nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Dict, Tuple

if TYPE_CHECKING:
    from ._beta_messages import (
        BetaAsyncMessageStream as BetaAsyncMessageStream,
    )
    from ._beta_messages import (
        BetaAsyncMessageStreamManager as BetaAsyncMessageStreamManager,
    )
    from ._beta_messages import (
        BetaMessageStream as BetaMessageStream,
    )
    from ._beta_messages import (
        BetaMessageStreamManager as BetaMessageStreamManager,
    )
    from ._beta_types import (
        BetaCitationEvent as BetaCitationEvent,
    )
    from ._beta_types import (
        BetaCompactionEvent as BetaCompactionEvent,
    )
    from ._beta_types import (
        BetaInputJsonEvent as BetaInputJsonEvent,
    )
    from ._beta_types import (
        BetaSignatureEvent as BetaSignatureEvent,
    )
    from ._beta_types import (
        BetaThinkingEvent as BetaThinkingEvent,
    )
    from ._beta_types import (
        ParsedBetaContentBlockStopEvent as ParsedBetaContentBlockStopEvent,
    )
    from ._beta_types import (
        ParsedBetaMessageStopEvent as ParsedBetaMessageStopEvent,
    )
    from ._beta_types import (
        ParsedBetaMessageStreamEvent as ParsedBetaMessageStreamEvent,
    )
    from ._beta_types import (
        ParsedBetaTextEvent as ParsedBetaTextEvent,
    )
    from ._errors import (
        IncompleteStreamError as IncompleteStreamError,
    )
    from ._errors import (
        MalformedToolInputError as MalformedToolInputError,
    )
    from ._errors import (
        StreamEventOrderError as StreamEventOrderError,
    )
    from ._messages import (
        AsyncMessageStream as AsyncMessageStream,
    )
    from ._messages import (
        AsyncMessageStreamManager as AsyncMessageStreamManager,
    )
    from ._messages import (
        MessageStream as MessageStream,
    )
    from ._messages import (
        MessageStreamManager as MessageStreamManager,
    )
    from ._types import (
        CitationEvent as CitationEvent,
    )
    from ._types import (
        ContentBlockStopEvent as ContentBlockStopEvent,
    )
    from ._types import (
        InputJsonEvent as InputJsonEvent,
    )
    from ._types import (
        MessageStopEvent as MessageStopEvent,
    )
    from ._types import (
        MessageStreamEvent as MessageStreamEvent,
    )
    from ._types import (
        ParsedContentBlockStopEvent as ParsedContentBlockStopEvent,
    )
    from ._types import (
        ParsedMessageStopEvent as ParsedMessageStopEvent,
    )
    from ._types import (
        ParsedMessageStreamEvent as ParsedMessageStreamEvent,
    )
    from ._types import (
        SignatureEvent as SignatureEvent,
    )
    from ._types import (
        TextEvent as TextEvent,
    )
    from ._types import (
        ThinkingEvent as ThinkingEvent,
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
