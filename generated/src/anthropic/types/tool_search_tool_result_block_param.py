# Generated from #/components/schemas/RequestToolSearchToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Optional

from typing_extensions import Literal, Required, TypedDict

from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .tool_search_tool_result_error_param import ToolSearchToolResultErrorParam
from .tool_search_tool_search_result_block_param import ToolSearchToolSearchResultBlockParam

__all__ = [
    "ToolSearchToolResultBlockParam",
]


class ToolSearchToolResultBlockParam(TypedDict, total=False):
    """Content block of type `tool_search_tool_result` as sent in a request."""

    cache_control: Optional[CacheControlEphemeralParam]

    content: Required[Union[ToolSearchToolResultErrorParam, ToolSearchToolSearchResultBlockParam]]

    tool_use_id: Required[str]

    type: Required[Literal["tool_search_tool_result"]]
