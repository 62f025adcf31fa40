# Generated from #/components/schemas/BashCodeExecutionToolResultErrorCode; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, TypeAlias

__all__ = [
    "BashCodeExecutionToolResultErrorCode",
]


BashCodeExecutionToolResultErrorCode: TypeAlias = Literal[
    "invalid_tool_input", "unavailable", "too_many_requests", "execution_time_exceeded", "output_file_too_large"
]
"""Codes the bash code execution tool can report when it fails."""
