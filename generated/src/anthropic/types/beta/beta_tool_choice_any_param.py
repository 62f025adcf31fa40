# Generated from #/components/schemas/BetaToolChoiceAny; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaToolChoiceAnyParam",
]


class BetaToolChoiceAnyParam(TypedDict, total=False):
    """Require the model to call a tool, leaving the choice of tool to the model. Part of the beta API."""

    disable_parallel_tool_use: bool

    type: Required[Literal["any"]]
