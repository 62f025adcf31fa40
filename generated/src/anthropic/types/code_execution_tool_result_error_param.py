# Generated from #/components/schemas/RequestCodeExecutionToolResultError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

from .code_execution_tool_result_error_code_param import CodeExecutionToolResultErrorCodeParam

__all__ = [
    "CodeExecutionToolResultErrorParam",
]


class CodeExecutionToolResultErrorParam(TypedDict, total=False):
    """Failure payload (`code_execution_tool_result_error`) used instead of a tool result, sent back in a request."""

    error_code: Required[CodeExecutionToolResultErrorCodeParam]

    type: Required[Literal["code_execution_tool_result_error"]]
