# Generated from #/components/schemas/BetaRequestCodeExecutionToolResultError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

from .beta_code_execution_tool_result_error_code_param import BetaCodeExecutionToolResultErrorCodeParam

__all__ = [
    "BetaCodeExecutionToolResultErrorParam",
]


class BetaCodeExecutionToolResultErrorParam(TypedDict, total=False):
    """Failure payload (`code_execution_tool_result_error`) used instead of a tool result, sent back in a request. Part of the beta API."""

    error_code: Required[BetaCodeExecutionToolResultErrorCodeParam]

    type: Required[Literal["code_execution_tool_result_error"]]
