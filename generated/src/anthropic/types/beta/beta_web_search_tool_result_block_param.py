# Generated from #/components/schemas/BetaRequestWebSearchToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_direct_caller_param import BetaDirectCallerParam
from .beta_server_tool_caller_param import BetaServerToolCallerParam
from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_server_tool_caller_20260120_param import BetaServerToolCaller20260120Param
from .beta_web_search_tool_result_block_param_content_param import BetaWebSearchToolResultBlockParamContentParam

__all__ = [
    "BetaWebSearchToolResultBlockParam",
]


class BetaWebSearchToolResultBlockParam(TypedDict, total=False):
    """Content block of type `web_search_tool_result` as sent in a request. Part of the beta API."""

    cache_control: Optional[BetaCacheControlEphemeralParam]

    caller: Union[BetaDirectCallerParam, BetaServerToolCallerParam, BetaServerToolCaller20260120Param]

    content: Required[BetaWebSearchToolResultBlockParamContentParam]

    tool_use_id: Required[str]

    type: Required[Literal["web_search_tool_result"]]
