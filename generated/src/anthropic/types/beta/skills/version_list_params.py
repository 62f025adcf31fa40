# Generated from #/paths/~1v1~1skills~1{skill_id}~1versions?beta=true/get/x-params; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import TypedDict

from ...anthropic_beta_param import AnthropicBetaParam

__all__ = [
    "VersionListParams",
]


class VersionListParams(TypedDict, total=False):
    page: Optional[str]
    """Opaque page token taken from the `next_page` field of a previous response."""

    limit: Optional[int]
    """Maximum number of items to return in one page."""

    betas: Iterable[AnthropicBetaParam]
    """Beta features to enable for this request. Several values may be given; they are sent as one comma-separated header."""
