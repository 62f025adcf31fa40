# Generated from #/components/schemas/RequestWebSearchResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "WebSearchResultBlockParam",
]


class WebSearchResultBlockParam(TypedDict, total=False):
    """Content block of type `web_search_result` as sent in a request."""

    encrypted_content: Required[str]

    page_age: Optional[str]

    title: Required[str]

    type: Required[Literal["web_search_result"]]

    url: Required[str]
