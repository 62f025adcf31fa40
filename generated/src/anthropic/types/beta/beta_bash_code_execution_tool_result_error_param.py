# Generated from #/components/schemas/BetaRequestBashCodeExecutionToolResultError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

from .beta_bash_code_execution_tool_result_error_code_param import BetaBashCodeExecutionToolResultErrorCodeParam

__all__ = [
    "BetaBashCodeExecutionToolResultErrorParam",
]


class BetaBashCodeExecutionToolResultErrorParam(TypedDict, total=False):
    """Failure payload (`bash_code_execution_tool_result_error`) used instead of a tool result, sent back in a request. Part of the beta API."""

    error_code: Required[BetaBashCodeExecutionToolResultErrorCodeParam]

    type: Required[Literal["bash_code_execution_tool_result_error"]]
