# Generated from #/components/schemas/RequestWebFetchResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .document_block_param import DocumentBlockParam

__all__ = [
    "WebFetchBlockParam",
]


class WebFetchBlockParam(TypedDict, total=False):
    """Content block of type `web_fetch_result` as sent in a request."""

    content: Required[DocumentBlockParam]

    retrieved_at: Optional[str]

    type: Required[Literal["web_fetch_result"]]

    url: Required[str]
