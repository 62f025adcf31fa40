# Generated from #/components/schemas/ResponseTextBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import List, Union, Optional

from typing_extensions import Literal, Annotated

from .._utils import PropertyInfo
from .._models import BaseModel
from .citation_char_location import CitationCharLocation
from .citation_page_location import CitationPageLocation
from .citation_content_block_location import CitationContentBlockLocation
from .citations_search_result_location import CitationsSearchResultLocation
from .citations_web_search_result_location import CitationsWebSearchResultLocation

__all__ = [
    "TextBlock",
]


class TextBlock(BaseModel):
    """Content block of type `text` as returned by the API."""

    citations: Optional[
        List[
            Annotated[
                Union[
                    CitationCharLocation,
                    CitationPageLocation,
                    CitationContentBlockLocation,
                    CitationsWebSearchResultLocation,
                    CitationsSearchResultLocation,
                ],
                PropertyInfo(discriminator="type"),
            ]
        ]
    ] = None

    text: str

    type: Literal["text"]
