# Generated from #/components/schemas/RequestWebFetchToolResultError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

from .web_fetch_tool_result_error_code_param import WebFetchToolResultErrorCodeParam

__all__ = [
    "WebFetchToolResultErrorBlockParam",
]


class WebFetchToolResultErrorBlockParam(TypedDict, total=False):
    """Failure payload (`web_fetch_tool_result_error`) used instead of a tool result, sent back in a request."""

    error_code: Required[WebFetchToolResultErrorCodeParam]

    type: Required[Literal["web_fetch_tool_result_error"]]
