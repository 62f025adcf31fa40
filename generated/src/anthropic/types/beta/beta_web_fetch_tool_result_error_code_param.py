# Generated from #/components/schemas/BetaWebFetchToolResultErrorCode; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, TypeAlias

__all__ = [
    "BetaWebFetchToolResultErrorCodeParam",
]


BetaWebFetchToolResultErrorCodeParam: TypeAlias = Literal[
    "invalid_tool_input",
    "url_too_long",
    "url_not_allowed",
    "url_not_accessible",
    "unsupported_content_type",
    "too_many_requests",
    "max_uses_exceeded",
    "unavailable",
]
"""Codes the web fetch tool can report when it fails. Part of the beta API."""
