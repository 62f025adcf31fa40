# Generated from #/components/schemas/ResponseWebFetchToolResultError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel
from .web_fetch_tool_result_error_code import WebFetchToolResultErrorCode

__all__ = [
    "WebFetchToolResultErrorBlock",
]


class WebFetchToolResultErrorBlock(BaseModel):
    """Failure payload (`web_fetch_tool_result_error`) used instead of a tool result, returned by the API."""

    error_code: WebFetchToolResultErrorCode

    type: Literal["web_fetch_tool_result_error"]
