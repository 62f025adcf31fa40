# Generated from #/components/schemas/BetaRequestThinkingBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaThinkingBlockParam",
]


class BetaThinkingBlockParam(TypedDict, total=False):
    """Content block of type `thinking` as sent in a request. Part of the beta API."""

    signature: Required[str]

    thinking: Required[str]

    type: Required[Literal["thinking"]]
