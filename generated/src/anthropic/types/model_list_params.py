# Generated from #/paths/~1v1~1models/get/x-params; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Iterable

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam

__all__ = [
    "ModelListParams",
]


class ModelListParams(TypedDict, total=False):
    before_id: str
    """Cursor: return the page of items that come just before the item with this ID."""

    after_id: str
    """Cursor: return the page of items that come just after the item with this ID."""

    limit: int
    """Maximum number of items to return in one page."""

    betas: Iterable[AnthropicBetaParam]
    """Beta features to enable for this request. Several values may be given; they are sent as one comma-separated header."""
