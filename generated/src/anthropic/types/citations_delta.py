# Generated from #/components/schemas/CitationsDelta; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union

from pydantic import Discriminator
from typing_extensions import Literal, Annotated

from .._utils import PropertyInfo
from .._models import BaseModel
from .citation_char_location import CitationCharLocation
from .citation_page_location import CitationPageLocation
from .citation_content_block_location import CitationContentBlockLocation
from .citations_search_result_location import CitationsSearchResultLocation
from .citations_web_search_result_location import CitationsWebSearchResultLocation

__all__ = [
    "CitationsDelta",
]


class CitationsDelta(BaseModel):
    """Incremental content update of type `citations_delta`."""

    citation: Annotated[
        Union[
            CitationCharLocation,
            CitationPageLocation,
            CitationContentBlockLocation,
            CitationsWebSearchResultLocation,
            CitationsSearchResultLocation,
        ],
        PropertyInfo(discriminator="type"),
        Discriminator("type"),
    ]

    type: Literal["citations_delta"]
