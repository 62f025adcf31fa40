# Generated from #/components/schemas/BetaRequestWebSearchResultLocationCitation; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaCitationWebSearchResultLocationParam",
]


class BetaCitationWebSearchResultLocationParam(TypedDict, total=False):
    """Citation of kind `web_search_result_location`, as sent in a request. Part of the beta API."""

    cited_text: Required[str]

    encrypted_index: Required[str]

    title: Required[Optional[str]]

    type: Required[Literal["web_search_result_location"]]

    url: Required[str]
