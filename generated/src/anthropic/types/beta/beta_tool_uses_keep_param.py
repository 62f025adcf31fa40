# Generated from #/components/schemas/BetaToolUsesKeep; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaToolUsesKeepParam",
]


class BetaToolUsesKeepParam(TypedDict, total=False):
    """How many of the most recent tool uses to keep. Part of the beta API."""

    type: Required[Literal["tool_uses"]]

    value: Required[int]
