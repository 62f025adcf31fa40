# Generated from #/components/schemas/RequestBashCodeExecutionToolResultError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

from .bash_code_execution_tool_result_error_code_param import BashCodeExecutionToolResultErrorCodeParam

__all__ = [
    "BashCodeExecutionToolResultErrorParam",
]


class BashCodeExecutionToolResultErrorParam(TypedDict, total=False):
    """Failure payload (`bash_code_execution_tool_result_error`) used instead of a tool result, sent back in a request."""

    error_code: Required[BashCodeExecutionToolResultErrorCodeParam]

    type: Required[Literal["bash_code_execution_tool_result_error"]]
