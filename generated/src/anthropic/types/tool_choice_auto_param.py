# Generated from #/components/schemas/ToolChoiceAuto; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "ToolChoiceAutoParam",
]


class ToolChoiceAutoParam(TypedDict, total=False):
    """Let the model decide whether to call a tool."""

    disable_parallel_tool_use: bool

    type: Required[Literal["auto"]]
