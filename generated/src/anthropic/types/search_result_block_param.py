# Generated from #/components/schemas/RequestSearchResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .text_block_param import TextBlockParam
from .citations_config_param import CitationsConfigParam
from .cache_control_ephemeral_param import CacheControlEphemeralParam

__all__ = [
    "SearchResultBlockParam",
]


class SearchResultBlockParam(TypedDict, total=False):
    """Content block of type `search_result` as sent in a request."""

    cache_control: Optional[CacheControlEphemeralParam]

    citations: CitationsConfigParam

    content: Required[Iterable[TextBlockParam]]

    source: Required[str]

    title: Required[str]

    type: Required[Literal["search_result"]]
