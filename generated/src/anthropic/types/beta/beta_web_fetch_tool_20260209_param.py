# Generated from #/components/schemas/BetaWebFetchTool_20260209; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from ..._types import SequenceNotStr
from .beta_citations_config_param import BetaCitationsConfigParam
from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaWebFetchTool20260209Param",
]


class BetaWebFetchTool20260209Param(TypedDict, total=False):
    """Definition of the built-in `web_fetch` tool, version `web_fetch_20260209`. Part of the beta API."""

    allowed_callers: Iterable[Literal["direct", "code_execution_20250825", "code_execution_20260120"]]

    allowed_domains: Optional[SequenceNotStr[str]]

    blocked_domains: Optional[SequenceNotStr[str]]

    cache_control: Optional[BetaCacheControlEphemeralParam]

    citations: Optional[BetaCitationsConfigParam]

    defer_loading: bool

    max_content_tokens: Optional[int]

    max_uses: Optional[int]

    name: Required[Literal["web_fetch"]]

    strict: bool

    type: Required[Literal["web_fetch_20260209"]]
