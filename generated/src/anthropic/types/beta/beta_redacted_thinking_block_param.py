# Generated from #/components/schemas/BetaRequestRedactedThinkingBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaRedactedThinkingBlockParam",
]


class BetaRedactedThinkingBlockParam(TypedDict, total=False):
    """Content block of type `redacted_thinking` as sent in a request. Part of the beta API."""

    data: Required[str]

    type: Required[Literal["redacted_thinking"]]
