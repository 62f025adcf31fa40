# Generated from #/components/schemas/BetaRequestPageLocationCitation; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaCitationPageLocationParam",
]


class BetaCitationPageLocationParam(TypedDict, total=False):
    """Citation of kind `page_location`, as sent in a request. Part of the beta API."""

    cited_text: Required[str]

    document_index: Required[int]

    document_title: Required[Optional[str]]

    end_page_number: Required[int]

    start_page_number: Required[int]

    type: Required[Literal["page_location"]]
