# Generated from #/components/schemas/ToolChoiceNone; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "ToolChoiceNoneParam",
]


class ToolChoiceNoneParam(TypedDict, total=False):
    """Forbid the model from calling tools."""

    type: Required[Literal["none"]]
