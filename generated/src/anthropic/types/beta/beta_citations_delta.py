# Generated from #/components/schemas/BetaCitationsDelta; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Annotated

from ..._utils import PropertyInfo
from ..._models import BaseModel
from .beta_char_location_citation import BetaCharLocationCitation
from .beta_page_location_citation import BetaPageLocationCitation
from .beta_content_block_location_citation import BetaContentBlockLocationCitation
from .beta_search_result_location_citation import BetaSearchResultLocationCitation
from .beta_web_search_result_location_citation import BetaWebSearchResultLocationCitation

__all__ = [
    "BetaCitationsDelta",
]


class BetaCitationsDelta(BaseModel):
    """Incremental content update of type `citations_delta`. Part of the beta API."""

    citation: Annotated[
        Union[
            BetaCharLocationCitation,
            BetaPageLocationCitation,
            BetaContentBlockLocationCitation,
            BetaWebSearchResultLocationCitation,
            BetaSearchResultLocationCitation,
        ],
        PropertyInfo(discriminator="type"),
    ]

    type: Literal["citations_delta"]
