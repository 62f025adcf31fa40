# Generated from #/components/schemas/BetaMetadata; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import TypedDict

__all__ = [
    "BetaMetadataParam",
]


class BetaMetadataParam(TypedDict, total=False):
    """Information about the request that is not shown to the model. Part of the beta API."""

    user_id: Optional[str]
