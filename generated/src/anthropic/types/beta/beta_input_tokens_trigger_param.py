# Generated from #/components/schemas/BetaInputTokensTrigger; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaInputTokensTriggerParam",
]


class BetaInputTokensTriggerParam(TypedDict, total=False):
    """Trigger that fires once the input reaches a number of tokens. Part of the beta API."""

    type: Required[Literal["input_tokens"]]

    value: Required[int]
