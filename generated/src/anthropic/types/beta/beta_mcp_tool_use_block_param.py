# Generated from #/components/schemas/BetaRequestMCPToolUseBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Dict, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaMCPToolUseBlockParam",
]


class BetaMCPToolUseBlockParam(TypedDict, total=False):
    """Content block of type `mcp_tool_use` as sent in a request. Part of the beta API."""

    cache_control: Optional[BetaCacheControlEphemeralParam]

    id: Required[str]

    input: Required[Dict[str, object]]

    name: Required[str]

    server_name: Required[str]

    type: Required[Literal["mcp_tool_use"]]
