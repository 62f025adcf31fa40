# Generated from #/components/schemas/BetaRequestMCPServerURLDefinition; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_request_mcp_server_tool_configuration_param import BetaRequestMCPServerToolConfigurationParam

__all__ = [
    "BetaRequestMCPServerURLDefinitionParam",
]


class BetaRequestMCPServerURLDefinitionParam(TypedDict, total=False):
    """An MCP server the API should connect to, given by URL. Part of the beta API."""

    authorization_token: Optional[str]

    name: Required[str]

    tool_configuration: Optional[BetaRequestMCPServerToolConfigurationParam]

    type: Required[Literal["url"]]

    url: Required[str]
