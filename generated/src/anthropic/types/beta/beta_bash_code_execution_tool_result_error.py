# Generated from #/components/schemas/BetaResponseBashCodeExecutionToolResultError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_bash_code_execution_tool_result_error_code import BetaBashCodeExecutionToolResultErrorCode

__all__ = [
    "BetaBashCodeExecutionToolResultError",
]


class BetaBashCodeExecutionToolResultError(BaseModel):
    """Failure payload (`bash_code_execution_tool_result_error`) used instead of a tool result, returned by the API. Part of the beta API."""

    error_code: BetaBashCodeExecutionToolResultErrorCode

    type: Literal["bash_code_execution_tool_result_error"]
