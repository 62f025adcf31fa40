# Generated from #/components/schemas/BetaRequestMCPToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_text_block_param import BetaTextBlockParam
from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaRequestMCPToolResultBlockParam",
]


class BetaRequestMCPToolResultBlockParam(TypedDict, total=False):
    """Content block of type `mcp_tool_result` as sent in a request. Part of the beta API."""

    cache_control: Optional[BetaCacheControlEphemeralParam]

    content: Union[str, Iterable[BetaTextBlockParam]]

    is_error: bool

    tool_use_id: Required[str]

    type: Required[Literal["mcp_tool_result"]]
