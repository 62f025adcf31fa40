# Generated from #/components/schemas/BetaResponseSearchResultLocationCitation; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param

if TYPE_CHECKING:
    from .beta_citation_search_result_location_param import BetaCitationSearchResultLocationParam

__all__ = [
    "BetaCitationSearchResultLocation",
]


class BetaCitationSearchResultLocation(BaseModel):
    """Citation of kind `search_result_location`, as returned by the API. Part of the beta API."""

    cited_text: str

    end_block_index: int

    search_result_index: int

    source: str

    start_block_index: int

    title: Optional[str] = None

    type: Literal["search_result_location"]

    def to_param(self) -> BetaCitationSearchResultLocationParam:
        """This object as the request type `BetaCitationSearchResultLocationParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaCitationSearchResultLocationParam",
            model_to_param(
                self,
                (
                    "cited_text",
                    "end_block_index",
                    "search_result_index",
                    "source",
                    "start_block_index",
                    "title",
                    "type",
                ),
                ("title",),
            ),
        )
