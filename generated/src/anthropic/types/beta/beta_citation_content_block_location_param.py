# Generated from #/components/schemas/BetaRequestContentBlockLocationCitation; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaCitationContentBlockLocationParam",
]


class BetaCitationContentBlockLocationParam(TypedDict, total=False):
    """Citation of kind `content_block_location`, as sent in a request. Part of the beta API."""

    cited_text: Required[str]

    document_index: Required[int]

    document_title: Required[Optional[str]]

    end_block_index: Required[int]

    start_block_index: Required[int]

    type: Required[Literal["content_block_location"]]
