# Generated from #/components/schemas/TextEditorCodeExecutionToolResultErrorCode; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, TypeAlias

__all__ = [
    "TextEditorCodeExecutionToolResultErrorCode",
]


TextEditorCodeExecutionToolResultErrorCode: TypeAlias = Literal[
    "invalid_tool_input", "unavailable", "too_many_requests", "execution_time_exceeded", "file_not_found"
]
"""Codes the text editor code execution tool can report when it fails."""
