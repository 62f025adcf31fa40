# Generated from #/components/schemas/BetaResponseWebFetchResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_document_block import BetaDocumentBlock

__all__ = [
    "BetaWebFetchBlock",
]


class BetaWebFetchBlock(BaseModel):
    """Content block of type `web_fetch_result` as returned by the API. Part of the beta API."""

    content: BetaDocumentBlock

    retrieved_at: Optional[str] = None

    type: Literal["web_fetch_result"]

    url: str
