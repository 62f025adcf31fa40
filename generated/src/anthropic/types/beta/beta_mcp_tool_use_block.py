# Generated from #/components/schemas/BetaResponseMCPToolUseBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Dict

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaMCPToolUseBlock",
]


class BetaMCPToolUseBlock(BaseModel):
    """Content block of type `mcp_tool_use` as returned by the API. Part of the beta API."""

    id: str

    input: Dict[str, object]

    name: str

    server_name: str

    type: Literal["mcp_tool_use"]
