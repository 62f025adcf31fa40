# Generated from #/components/schemas/RequestToolSearchToolSearchResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Iterable

from typing_extensions import Literal, Required, TypedDict

from .tool_reference_block_param import ToolReferenceBlockParam

__all__ = [
    "ToolSearchToolSearchResultBlockParam",
]


class ToolSearchToolSearchResultBlockParam(TypedDict, total=False):
    """Content block of type `tool_search_tool_search_result` as sent in a request."""

    tool_references: Required[Iterable[ToolReferenceBlockParam]]

    type: Required[Literal["tool_search_tool_search_result"]]
