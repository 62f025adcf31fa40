# Generated from #/components/schemas/BetaRequestMCPServerToolConfiguration; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import TypedDict

from ..._types import SequenceNotStr

__all__ = [
    "BetaRequestMCPServerToolConfigurationParam",
]


class BetaRequestMCPServerToolConfigurationParam(TypedDict, total=False):
    """Which tools of an MCP server may be used. Part of the beta API."""

    allowed_tools: Optional[SequenceNotStr[str]]

    enabled: Optional[bool]
