# Generated from #/components/schemas/RequestThinkingBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "ThinkingBlockParam",
]


class ThinkingBlockParam(TypedDict, total=False):
    """Content block of type `thinking` as sent in a request."""

    signature: Required[str]

    thinking: Required[str]

    type: Required[Literal["thinking"]]
