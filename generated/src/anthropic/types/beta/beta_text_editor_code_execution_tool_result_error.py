# Generated from #/components/schemas/BetaResponseTextEditorCodeExecutionToolResultError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_text_editor_code_execution_tool_result_error_code import BetaTextEditorCodeExecutionToolResultErrorCode

__all__ = [
    "BetaTextEditorCodeExecutionToolResultError",
]


class BetaTextEditorCodeExecutionToolResultError(BaseModel):
    """Failure payload (`text_editor_code_execution_tool_result_error`) used instead of a tool result, returned by the API. Part of the beta API."""

    error_code: BetaTextEditorCodeExecutionToolResultErrorCode

    error_message: Optional[str] = None

    type: Literal["text_editor_code_execution_tool_result_error"]
