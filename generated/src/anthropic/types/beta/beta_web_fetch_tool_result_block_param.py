# Generated from #/components/schemas/BetaRequestWebFetchToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_direct_caller_param import BetaDirectCallerParam
from .beta_web_fetch_block_param import BetaWebFetchBlockParam
from .beta_server_tool_caller_param import BetaServerToolCallerParam
from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_server_tool_caller_20260120_param import BetaServerToolCaller20260120Param
from .beta_web_fetch_tool_result_error_block_param import BetaWebFetchToolResultErrorBlockParam

__all__ = [
    "BetaWebFetchToolResultBlockParam",
]


class BetaWebFetchToolResultBlockParam(TypedDict, total=False):
    """Content block of type `web_fetch_tool_result` as sent in a request. Part of the beta API."""

    cache_control: Optional[BetaCacheControlEphemeralParam]

    caller: Union[BetaDirectCallerParam, BetaServerToolCallerParam, BetaServerToolCaller20260120Param]

    content: Required[Union[BetaWebFetchToolResultErrorBlockParam, BetaWebFetchBlockParam]]

    tool_use_id: Required[str]

    type: Required[Literal["web_fetch_tool_result"]]
