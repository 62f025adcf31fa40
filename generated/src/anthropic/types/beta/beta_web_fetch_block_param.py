# Generated from #/components/schemas/BetaRequestWebFetchResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_request_document_block_param import BetaRequestDocumentBlockParam

__all__ = [
    "BetaWebFetchBlockParam",
]


class BetaWebFetchBlockParam(TypedDict, total=False):
    """Content block of type `web_fetch_result` as sent in a request. Part of the beta API."""

    content: Required[BetaRequestDocumentBlockParam]

    retrieved_at: Optional[str]

    type: Required[Literal["web_fetch_result"]]

    url: Required[str]
