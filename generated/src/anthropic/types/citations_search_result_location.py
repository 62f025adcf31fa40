# Generated from #/components/schemas/ResponseSearchResultLocationCitation; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "CitationsSearchResultLocation",
]


class CitationsSearchResultLocation(BaseModel):
    """Citation of kind `search_result_location`, as returned by the API."""

    cited_text: str

    end_block_index: int

    search_result_index: int

    source: str

    start_block_index: int

    title: Optional[str] = None

    type: Literal["search_result_location"]
