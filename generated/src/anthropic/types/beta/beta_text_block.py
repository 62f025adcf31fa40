# Generated from #/components/schemas/BetaResponseTextBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import List, Union, Optional

from typing_extensions import Literal, Annotated

from ..._utils import PropertyInfo
from ..._models import BaseModel
from .beta_char_location_citation import BetaCharLocationCitation
from .beta_page_location_citation import BetaPageLocationCitation
from .beta_content_block_location_citation import BetaContentBlockLocationCitation
from .beta_search_result_location_citation import BetaSearchResultLocationCitation
from .beta_web_search_result_location_citation import BetaWebSearchResultLocationCitation

__all__ = [
    "BetaTextBlock",
]


class BetaTextBlock(BaseModel):
    """Content block of type `text` as returned by the API. Part of the beta API."""

    citations: Optional[
        List[
            Annotated[
                Union[
                    BetaCharLocationCitation,
                    BetaPageLocationCitation,
                    BetaContentBlockLocationCitation,
                    BetaWebSearchResultLocationCitation,
                    BetaSearchResultLocationCitation,
                ],
                PropertyInfo(discriminator="type"),
            ]
        ]
    ] = None

    text: str

    type: Literal["text"]
