# Generated from #/components/schemas/Metadata; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import TypedDict

__all__ = [
    "MetadataParam",
]


class MetadataParam(TypedDict, total=False):
    """Information about the request that is not shown to the model."""

    user_id: Optional[str]
