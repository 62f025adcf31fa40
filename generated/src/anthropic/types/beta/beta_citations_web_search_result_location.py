# Generated from #/components/schemas/BetaResponseWebSearchResultLocationCitation; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaCitationsWebSearchResultLocation",
]


class BetaCitationsWebSearchResultLocation(BaseModel):
    """Citation of kind `web_search_result_location`, as returned by the API. Part of the beta API."""

    cited_text: str

    encrypted_index: str

    title: Optional[str] = None

    type: Literal["web_search_result_location"]

    url: str
