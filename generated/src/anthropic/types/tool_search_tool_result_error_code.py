# Generated from #/components/schemas/ToolSearchToolResultErrorCode; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, TypeAlias

__all__ = [
    "ToolSearchToolResultErrorCode",
]


ToolSearchToolResultErrorCode: TypeAlias = Literal[
    "invalid_tool_input", "unavailable", "too_many_requests", "execution_time_exceeded"
]
"""Codes the tool search tool can report when it fails."""
