# Generated from #/components/schemas/BetaCitationsDelta; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union

from pydantic import Discriminator
from typing_extensions import Literal, Annotated

from ..._utils import PropertyInfo
from ..._models import BaseModel
from .beta_citation_char_location import BetaCitationCharLocation
from .beta_citation_page_location import BetaCitationPageLocation
from .beta_citation_content_block_location import BetaCitationContentBlockLocation
from .beta_citation_search_result_location import BetaCitationSearchResultLocation
from .beta_citations_web_search_result_location import BetaCitationsWebSearchResultLocation

__all__ = [
    "BetaCitationsDelta",
]


class BetaCitationsDelta(BaseModel):
    """Incremental content update of type `citations_delta`. Part of the beta API."""

    citation: Annotated[
        Union[
            BetaCitationCharLocation,
            BetaCitationPageLocation,
            BetaCitationContentBlockLocation,
            BetaCitationsWebSearchResultLocation,
            BetaCitationSearchResultLocation,
        ],
        PropertyInfo(discriminator="type"),
        Discriminator("type"),
    ]

    type: Literal["citations_delta"]
