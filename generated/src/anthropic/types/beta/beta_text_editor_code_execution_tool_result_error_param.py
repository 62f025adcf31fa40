# Generated from #/components/schemas/BetaRequestTextEditorCodeExecutionToolResultError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_text_editor_code_execution_tool_result_error_code_param import (
    BetaTextEditorCodeExecutionToolResultErrorCodeParam,
)

__all__ = [
    "BetaTextEditorCodeExecutionToolResultErrorParam",
]


class BetaTextEditorCodeExecutionToolResultErrorParam(TypedDict, total=False):
    """Failure payload (`text_editor_code_execution_tool_result_error`) used instead of a tool result, sent back in a request. Part of the beta API."""

    error_code: Required[BetaTextEditorCodeExecutionToolResultErrorCodeParam]

    error_message: Optional[str]

    type: Required[Literal["text_editor_code_execution_tool_result_error"]]
