# Generated from #/components/schemas/ResponseBashCodeExecutionToolResultError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel
from .bash_code_execution_tool_result_error_code import BashCodeExecutionToolResultErrorCode

__all__ = [
    "BashCodeExecutionToolResultError",
]


class BashCodeExecutionToolResultError(BaseModel):
    """Failure payload (`bash_code_execution_tool_result_error`) used instead of a tool result, returned by the API."""

    error_code: BashCodeExecutionToolResultErrorCode

    type: Literal["bash_code_execution_tool_result_error"]
