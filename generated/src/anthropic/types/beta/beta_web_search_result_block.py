# Generated from #/components/schemas/BetaResponseWebSearchResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaWebSearchResultBlock",
]


class BetaWebSearchResultBlock(BaseModel):
    """Content block of type `web_search_result` as returned by the API. Part of the beta API."""

    encrypted_content: str

    page_age: Optional[str] = None

    title: str

    type: Literal["web_search_result"]

    url: str
