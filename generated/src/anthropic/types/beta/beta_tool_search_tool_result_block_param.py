# Generated from #/components/schemas/BetaRequestToolSearchToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_tool_search_tool_result_error_param import BetaToolSearchToolResultErrorParam
from .beta_tool_search_tool_search_result_block_param import BetaToolSearchToolSearchResultBlockParam

__all__ = [
    "BetaToolSearchToolResultBlockParam",
]


class BetaToolSearchToolResultBlockParam(TypedDict, total=False):
    """Content block of type `tool_search_tool_result` as sent in a request. Part of the beta API."""

    cache_control: Optional[BetaCacheControlEphemeralParam]

    content: Required[Union[BetaToolSearchToolResultErrorParam, BetaToolSearchToolSearchResultBlockParam]]

    tool_use_id: Required[str]

    type: Required[Literal["tool_search_tool_result"]]
