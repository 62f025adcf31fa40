# Generated from #/components/schemas/BetaRequestCharLocationCitation; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaCitationCharLocationParam",
]


class BetaCitationCharLocationParam(TypedDict, total=False):
    """Citation of kind `char_location`, as sent in a request. Part of the beta API."""

    cited_text: Required[str]

    document_index: Required[int]

    document_title: Required[Optional[str]]

    end_char_index: Required[int]

    start_char_index: Required[int]

    type: Required[Literal["char_location"]]
