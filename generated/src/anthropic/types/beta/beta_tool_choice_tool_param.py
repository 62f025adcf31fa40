# Generated from #/components/schemas/BetaToolChoiceTool; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaToolChoiceToolParam",
]


class BetaToolChoiceToolParam(TypedDict, total=False):
    """Require the model to call the named tool. Part of the beta API."""

    disable_parallel_tool_use: bool

    name: Required[str]

    type: Required[Literal["tool"]]
