# Generated from #/components/schemas/ResponseToolSearchToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal

from .._models import BaseModel
from .tool_search_tool_result_error import ToolSearchToolResultError
from .tool_search_tool_search_result_block import ToolSearchToolSearchResultBlock

__all__ = [
    "ToolSearchToolResultBlock",
]


class ToolSearchToolResultBlock(BaseModel):
    """Content block of type `tool_search_tool_result` as returned by the API."""

    content: Union[ToolSearchToolResultError, ToolSearchToolSearchResultBlock]

    tool_use_id: str

    type: Literal["tool_search_tool_result"]
