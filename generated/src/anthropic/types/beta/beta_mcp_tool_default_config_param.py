# Generated from #/components/schemas/BetaMCPToolDefaultConfig; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import TypedDict

__all__ = [
    "BetaMCPToolDefaultConfigParam",
]


class BetaMCPToolDefaultConfigParam(TypedDict, total=False):
    """Default settings applied to every tool of an MCP toolset. Part of the beta API."""

    defer_loading: bool

    enabled: bool
