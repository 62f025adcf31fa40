# Generated from #/components/schemas/ResponseWebSearchResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "WebSearchResultBlock",
]


class WebSearchResultBlock(BaseModel):
    """Content block of type `web_search_result` as returned by the API."""

    encrypted_content: str

    page_age: Optional[str] = None

    title: str

    type: Literal["web_search_result"]

    url: str
