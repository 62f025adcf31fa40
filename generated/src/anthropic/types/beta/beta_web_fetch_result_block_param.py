# Generated from #/components/schemas/BetaRequestWebFetchResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_document_block_param import BetaDocumentBlockParam

__all__ = [
    "BetaWebFetchResultBlockParam",
]


class BetaWebFetchResultBlockParam(TypedDict, total=False):
    """Content block of type `web_fetch_result` as sent in a request. Part of the beta API."""

    content: Required[BetaDocumentBlockParam]

    retrieved_at: Optional[str]

    type: Required[Literal["web_fetch_result"]]

    url: Required[str]
