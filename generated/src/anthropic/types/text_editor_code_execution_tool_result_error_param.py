# Generated from #/components/schemas/RequestTextEditorCodeExecutionToolResultError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .text_editor_code_execution_tool_result_error_code_param import TextEditorCodeExecutionToolResultErrorCodeParam

__all__ = [
    "TextEditorCodeExecutionToolResultErrorParam",
]


class TextEditorCodeExecutionToolResultErrorParam(TypedDict, total=False):
    """Failure payload (`text_editor_code_execution_tool_result_error`) used instead of a tool result, sent back in a request."""

    error_code: Required[TextEditorCodeExecutionToolResultErrorCodeParam]

    error_message: Optional[str]

    type: Required[Literal["text_editor_code_execution_tool_result_error"]]
