# Generated from #/components/schemas/RequestToolSearchToolResultError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

from .tool_search_tool_result_error_code_param import ToolSearchToolResultErrorCodeParam

__all__ = [
    "ToolSearchToolResultErrorParam",
]


class ToolSearchToolResultErrorParam(TypedDict, total=False):
    """Failure payload (`tool_search_tool_result_error`) used instead of a tool result, sent back in a request."""

    error_code: Required[ToolSearchToolResultErrorCodeParam]

    type: Required[Literal["tool_search_tool_result_error"]]
