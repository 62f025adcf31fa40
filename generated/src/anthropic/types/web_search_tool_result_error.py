# Generated from #/components/schemas/ResponseWebSearchToolResultError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel
from .web_search_tool_result_error_code import WebSearchToolResultErrorCode

__all__ = [
    "WebSearchToolResultError",
]


class WebSearchToolResultError(BaseModel):
    """Failure payload (`web_search_tool_result_error`) used instead of a tool result, returned by the API."""

    error_code: WebSearchToolResultErrorCode

    type: Literal["web_search_tool_result_error"]
