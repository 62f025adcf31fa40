# Generated from #/components/schemas/BetaResponsePageLocationCitation; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaCitationPageLocation",
]


class BetaCitationPageLocation(BaseModel):
    """Citation of kind `page_location`, as returned by the API. Part of the beta API."""

    cited_text: str

    document_index: int

    document_title: Optional[str] = None

    end_page_number: int

    file_id: Optional[str] = None

    start_page_number: int

    type: Literal["page_location"]
