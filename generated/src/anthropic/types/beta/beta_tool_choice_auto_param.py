# Generated from #/components/schemas/BetaToolChoiceAuto; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaToolChoiceAutoParam",
]


class BetaToolChoiceAutoParam(TypedDict, total=False):
    """Let the model decide whether to call a tool. Part of the beta API."""

    disable_parallel_tool_use: bool

    type: Required[Literal["auto"]]
