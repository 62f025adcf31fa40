# Generated from #/components/schemas/BetaResponseWebSearchResultLocationCitation; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param

if TYPE_CHECKING:
    from .beta_citation_web_search_result_location_param import BetaCitationWebSearchResultLocationParam

__all__ = [
    "BetaCitationsWebSearchResultLocation",
]


class BetaCitationsWebSearchResultLocation(BaseModel):
    """Citation of kind `web_search_result_location`, as returned by the API. Part of the beta API."""

    cited_text: str

    encrypted_index: str

    title: Optional[str] = None

    type: Literal["web_search_result_location"]

    url: str

    def to_param(self) -> BetaCitationWebSearchResultLocationParam:
        """This object as the request type `BetaCitationWebSearchResultLocationParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaCitationWebSearchResultLocationParam",
            model_to_param(
                self,
                ("cited_text", "encrypted_index", "title", "type", "url"),
                ("title",),
            ),
        )
