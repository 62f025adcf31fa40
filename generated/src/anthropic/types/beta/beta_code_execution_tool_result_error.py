# Generated from #/components/schemas/BetaResponseCodeExecutionToolResultError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_code_execution_tool_result_error_code import BetaCodeExecutionToolResultErrorCode

__all__ = [
    "BetaCodeExecutionToolResultError",
]


class BetaCodeExecutionToolResultError(BaseModel):
    """Failure payload (`code_execution_tool_result_error`) used instead of a tool result, returned by the API. Part of the beta API."""

    error_code: BetaCodeExecutionToolResultErrorCode

    type: Literal["code_execution_tool_result_error"]
