# Generated from #/components/schemas/ToolChoiceTool; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "ToolChoiceToolParam",
]


class ToolChoiceToolParam(TypedDict, total=False):
    """Require the model to call the named tool."""

    disable_parallel_tool_use: bool

    name: Required[str]

    type: Required[Literal["tool"]]
