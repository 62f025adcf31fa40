# Generated from #/components/schemas/RequestRedactedThinkingBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "RedactedThinkingBlockParam",
]


class RedactedThinkingBlockParam(TypedDict, total=False):
    """Content block of type `redacted_thinking` as sent in a request."""

    data: Required[str]

    type: Required[Literal["redacted_thinking"]]
