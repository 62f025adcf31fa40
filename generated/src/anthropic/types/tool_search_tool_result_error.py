# Generated from #/components/schemas/ResponseToolSearchToolResultError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel
from .tool_search_tool_result_error_code import ToolSearchToolResultErrorCode

__all__ = [
    "ToolSearchToolResultError",
]


class ToolSearchToolResultError(BaseModel):
    """Failure payload (`tool_search_tool_result_error`) used instead of a tool result, returned by the API."""

    error_code: ToolSearchToolResultErrorCode

    error_message: Optional[str] = None

    type: Literal["tool_search_tool_result_error"]
