# Generated from #/components/schemas/BetaToolUsesTrigger; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaToolUsesTriggerParam",
]


class BetaToolUsesTriggerParam(TypedDict, total=False):
    """Trigger that fires once a number of tool uses is reached. Part of the beta API."""

    type: Required[Literal["tool_uses"]]

    value: Required[int]
