# Generated from #/components/schemas/BetaResponseContentBlockLocationCitation; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaCitationContentBlockLocation",
]


class BetaCitationContentBlockLocation(BaseModel):
    """Citation of kind `content_block_location`, as returned by the API. Part of the beta API."""

    cited_text: str

    document_index: int

    document_title: Optional[str] = None

    end_block_index: int

    file_id: Optional[str] = None

    start_block_index: int

    type: Literal["content_block_location"]
