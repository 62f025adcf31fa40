# Generated from #/components/schemas/BetaResponseCharLocationCitation; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param

if TYPE_CHECKING:
    from .beta_citation_char_location_param import BetaCitationCharLocationParam

__all__ = [
    "BetaCitationCharLocation",
]


class BetaCitationCharLocation(BaseModel):
    """Citation of kind `char_location`, as returned by the API. Part of the beta API."""

    cited_text: str

    document_index: int

    document_title: Optional[str] = None

    end_char_index: int

    file_id: Optional[str] = None

    start_char_index: int

    type: Literal["char_location"]

    def to_param(self) -> BetaCitationCharLocationParam:
        """This object as the request type `BetaCitationCharLocationParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaCitationCharLocationParam",
            model_to_param(
                self,
                ("cited_text", "document_index", "document_title", "end_char_index", "start_char_index", "type"),
                ("document_title",),
            ),
        )
