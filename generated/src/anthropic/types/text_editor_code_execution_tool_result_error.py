# Generated from #/components/schemas/ResponseTextEditorCodeExecutionToolResultError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel
from .text_editor_code_execution_tool_result_error_code import TextEditorCodeExecutionToolResultErrorCode

__all__ = [
    "TextEditorCodeExecutionToolResultError",
]


class TextEditorCodeExecutionToolResultError(BaseModel):
    """Failure payload (`text_editor_code_execution_tool_result_error`) used instead of a tool result, returned by the API."""

    error_code: TextEditorCodeExecutionToolResultErrorCode

    error_message: Optional[str] = None

    type: Literal["text_editor_code_execution_tool_result_error"]
