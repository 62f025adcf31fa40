# Generated from #/components/schemas/BetaResponseSearchResultLocationCitation; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaCitationSearchResultLocation",
]


class BetaCitationSearchResultLocation(BaseModel):
    """Citation of kind `search_result_location`, as returned by the API. Part of the beta API."""

    cited_text: str

    end_block_index: int

    search_result_index: int

    source: str

    start_block_index: int

    title: Optional[str] = None

    type: Literal["search_result_location"]
