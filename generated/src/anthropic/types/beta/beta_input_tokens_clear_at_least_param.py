# Generated from #/components/schemas/BetaInputTokensClearAtLeast; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaInputTokensClearAtLeastParam",
]


class BetaInputTokensClearAtLeastParam(TypedDict, total=False):
    """Minimum number of input tokens an edit has to remove. Part of the beta API."""

    type: Required[Literal["input_tokens"]]

    value: Required[int]
