# Generated from #/components/schemas/WebSearchTool_20260209; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .._types import SequenceNotStr
from .user_location_param import UserLocationParam
from .cache_control_ephemeral_param import CacheControlEphemeralParam

__all__ = [
    "WebSearchTool20260209Param",
]


class WebSearchTool20260209Param(TypedDict, total=False):
    """Definition of the built-in `web_search` tool, version `web_search_20260209`."""

    allowed_callers: Iterable[Literal["direct", "code_execution_20250825", "code_execution_20260120"]]

    allowed_domains: Optional[SequenceNotStr[str]]

    blocked_domains: Optional[SequenceNotStr[str]]

    cache_control: Optional[CacheControlEphemeralParam]

    defer_loading: bool

    max_uses: Optional[int]

    name: Required[Literal["web_search"]]

    strict: bool

    type: Required[Literal["web_search_20260209"]]

    user_location: Optional[UserLocationParam]
