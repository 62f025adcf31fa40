# Generated from #/components/schemas/BetaResponseContentBlockLocationCitation; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param

if TYPE_CHECKING:
    from .beta_citation_content_block_location_param import BetaCitationContentBlockLocationParam

__all__ = [
    "BetaCitationContentBlockLocation",
]


class BetaCitationContentBlockLocation(BaseModel):
    """Citation of kind `content_block_location`, as returned by the API. Part of the beta API."""

    cited_text: str

    document_index: int

    document_title: Optional[str] = None

    end_block_index: int

    file_id: Optional[str] = None

    start_block_index: int

    type: Literal["content_block_location"]

    def to_param(self) -> BetaCitationContentBlockLocationParam:
        """This object as the request type `BetaCitationContentBlockLocationParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaCitationContentBlockLocationParam",
            model_to_param(
                self,
                ("cited_text", "document_index", "document_title", "end_block_index", "start_block_index", "type"),
                ("document_title",),
            ),
        )
