# Generated from #/components/schemas/BetaServerToolCaller_20260120; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaServerToolCaller20260120Param",
]


class BetaServerToolCaller20260120Param(TypedDict, total=False):
    """Marks a tool call made from inside a server-side tool (2026-01-20 variant). Part of the beta API."""

    tool_id: Required[str]

    type: Required[Literal["code_execution_20260120"]]
