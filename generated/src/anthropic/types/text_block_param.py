# Generated from #/components/schemas/RequestTextBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .citation_char_location_param import CitationCharLocationParam
from .citation_page_location_param import CitationPageLocationParam
from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .citation_content_block_location_param import CitationContentBlockLocationParam
from .citation_search_result_location_param import CitationSearchResultLocationParam
from .citation_web_search_result_location_param import CitationWebSearchResultLocationParam

__all__ = [
    "TextBlockParam",
]


class TextBlockParam(TypedDict, total=False):
    """Content block of type `text` as sent in a request."""

    cache_control: Optional[CacheControlEphemeralParam]

    citations: Optional[
        Iterable[
            Union[
                CitationCharLocationParam,
                CitationPageLocationParam,
                CitationContentBlockLocationParam,
                CitationWebSearchResultLocationParam,
                CitationSearchResultLocationParam,
            ]
        ]
    ]

    text: Required[str]

    type: Required[Literal["text"]]
