# Generated from #/components/schemas/BetaToolSearchToolBM25_20251119; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaToolSearchToolBm25_20251119Param",
]


class BetaToolSearchToolBm25_20251119Param(TypedDict, total=False):
    """Definition of the built-in `tool_search_tool_bm25` tool, version `tool_search_tool_bm25_20251119`. Part of the beta API."""

    allowed_callers: Iterable[Literal["direct", "code_execution_20250825", "code_execution_20260120"]]

    cache_control: Optional[BetaCacheControlEphemeralParam]

    defer_loading: bool

    name: Required[Literal["tool_search_tool_bm25"]]

    strict: bool

    type: Required[Literal["tool_search_tool_bm25_20251119", "tool_search_tool_bm25"]]
