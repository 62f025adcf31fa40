# Generated from #/components/schemas/ToolChoiceAny; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "ToolChoiceAnyParam",
]


class ToolChoiceAnyParam(TypedDict, total=False):
    """Require the model to call a tool, leaving the choice of tool to the model."""

    disable_parallel_tool_use: bool

    type: Required[Literal["any"]]
