# Generated from #/components/schemas/ServerToolCaller; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "ServerToolCaller",
]


class ServerToolCaller(BaseModel):
    """Marks a tool call made from inside a server-side tool."""

    tool_id: str

    type: Literal["code_execution_20250825"]
