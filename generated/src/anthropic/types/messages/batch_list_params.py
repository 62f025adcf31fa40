# Generated from #/paths/~1v1~1messages~1batches/get/x-params; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import TypedDict

__all__ = [
    "BatchListParams",
]


class BatchListParams(TypedDict, total=False):
    before_id: str
    """Cursor: return the page of items that come just before the item with this ID."""

    after_id: str
    """Cursor: return the page of items that come just after the item with this ID."""

    limit: int
    """Maximum number of items to return in one page."""
