# Generated from #/components/schemas/ResponseToolSearchToolSearchResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import List

from typing_extensions import Literal

from .._models import BaseModel
from .tool_reference_block import ToolReferenceBlock

__all__ = [
    "ToolSearchToolSearchResultBlock",
]


class ToolSearchToolSearchResultBlock(BaseModel):
    """Content block of type `tool_search_tool_search_result` as returned by the API."""

    tool_references: List[ToolReferenceBlock]

    type: Literal["tool_search_tool_search_result"]
