# Generated from #/components/schemas/BetaServerToolCaller; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaServerToolCaller",
]


class BetaServerToolCaller(BaseModel):
    """Marks a tool call made from inside a server-side tool. Part of the beta API."""

    tool_id: str

    type: Literal["code_execution_20250825"]
