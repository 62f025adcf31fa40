# Generated from #/components/schemas/ResponseWebFetchResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel
from .document_block import DocumentBlock

__all__ = [
    "WebFetchBlock",
]


class WebFetchBlock(BaseModel):
    """Content block of type `web_fetch_result` as returned by the API."""

    content: DocumentBlock

    retrieved_at: Optional[str] = None

    type: Literal["web_fetch_result"]

    url: str
