# Generated from #/components/schemas/ServerToolCaller; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "ServerToolCallerParam",
]


class ServerToolCallerParam(TypedDict, total=False):
    """Marks a tool call made from inside a server-side tool."""

    tool_id: Required[str]

    type: Required[Literal["code_execution_20250825"]]
