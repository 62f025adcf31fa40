# Generated from #/components/schemas/WebSearchToolResultErrorCode; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, TypeAlias

__all__ = [
    "WebSearchToolResultErrorCodeParam",
]


WebSearchToolResultErrorCodeParam: TypeAlias = Literal[
    "invalid_tool_input", "unavailable", "max_uses_exceeded", "too_many_requests", "query_too_long", "request_too_large"
]
"""Codes the web search tool can report when it fails."""
