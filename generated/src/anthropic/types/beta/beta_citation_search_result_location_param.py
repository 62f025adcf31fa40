# Generated from #/components/schemas/BetaRequestSearchResultLocationCitation; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaCitationSearchResultLocationParam",
]


class BetaCitationSearchResultLocationParam(TypedDict, total=False):
    """Citation of kind `search_result_location`, as sent in a request. Part of the beta API."""

    cited_text: Required[str]

    end_block_index: Required[int]

    search_result_index: Required[int]

    source: Required[str]

    start_block_index: Required[int]

    title: Required[Optional[str]]

    type: Required[Literal["search_result_location"]]
