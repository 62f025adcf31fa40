# Generated from #/components/schemas/RequestWebSearchToolResultError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

from .web_search_tool_result_error_code_param import WebSearchToolResultErrorCodeParam

__all__ = [
    "WebSearchToolRequestErrorParam",
]


class WebSearchToolRequestErrorParam(TypedDict, total=False):
    """Failure payload (`web_search_tool_result_error`) used instead of a tool result, sent back in a request."""

    error_code: Required[WebSearchToolResultErrorCodeParam]

    type: Required[Literal["web_search_tool_result_error"]]
