# Generated from #/components/schemas/CodeExecutionToolResultErrorCode; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, TypeAlias

__all__ = [
    "CodeExecutionToolResultErrorCodeParam",
]


CodeExecutionToolResultErrorCodeParam: TypeAlias = Literal[
    "invalid_tool_input", "unavailable", "too_many_requests", "execution_time_exceeded"
]
"""Codes the code execution tool can report when it fails."""
