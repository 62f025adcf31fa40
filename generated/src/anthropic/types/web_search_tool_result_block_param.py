# Generated from #/components/schemas/RequestWebSearchToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Optional

from typing_extensions import Literal, Required, TypedDict

from .direct_caller_param import DirectCallerParam
from .server_tool_caller_param import ServerToolCallerParam
from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .server_tool_caller_20260120_param import ServerToolCaller20260120Param
from .web_search_tool_result_block_param_content_param import WebSearchToolResultBlockParamContentParam

__all__ = [
    "WebSearchToolResultBlockParam",
]


class WebSearchToolResultBlockParam(TypedDict, total=False):
    """Content block of type `web_search_tool_result` as sent in a request."""

    cache_control: Optional[CacheControlEphemeralParam]

    caller: Union[DirectCallerParam, ServerToolCallerParam, ServerToolCaller20260120Param]

    content: Required[WebSearchToolResultBlockParamContentParam]

    tool_use_id: Required[str]

    type: Required[Literal["web_search_tool_result"]]
