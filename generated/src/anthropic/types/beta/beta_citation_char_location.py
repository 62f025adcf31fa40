# Generated from #/components/schemas/BetaResponseCharLocationCitation; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaCitationCharLocation",
]


class BetaCitationCharLocation(BaseModel):
    """Citation of kind `char_location`, as returned by the API. Part of the beta API."""

    cited_text: str

    document_index: int

    document_title: Optional[str] = None

    end_char_index: int

    file_id: Optional[str] = None

    start_char_index: int

    type: Literal["char_location"]
