# Generated from #/components/schemas/ServerToolCaller_20260120; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "ServerToolCaller20260120",
]


class ServerToolCaller20260120(BaseModel):
    """Marks a tool call made from inside a server-side tool (2026-01-20 variant)."""

    tool_id: str

    type: Literal["code_execution_20260120"]
