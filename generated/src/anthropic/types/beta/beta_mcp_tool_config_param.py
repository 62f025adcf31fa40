# Generated from #/components/schemas/BetaMCPToolConfig; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import TypedDict

__all__ = [
    "BetaMCPToolConfigParam",
]


class BetaMCPToolConfigParam(TypedDict, total=False):
    """Settings for one MCP tool. Part of the beta API."""

    defer_loading: bool

    enabled: bool
