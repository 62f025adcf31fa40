# Generated from #/components/schemas/ResponseCodeExecutionToolResultError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel
from .code_execution_tool_result_error_code import CodeExecutionToolResultErrorCode

__all__ = [
    "CodeExecutionToolResultError",
]


class CodeExecutionToolResultError(BaseModel):
    """Failure payload (`code_execution_tool_result_error`) used instead of a tool result, returned by the API."""

    error_code: CodeExecutionToolResultErrorCode

    type: Literal["code_execution_tool_result_error"]
