# Generated from #/components/schemas/ResponsePageLocationCitation; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, cast

from typing_extensions import Literal

from .._models import BaseModel
from .._to_param import model_to_param

if TYPE_CHECKING:
    from .citation_page_location_param import CitationPageLocationParam

__all__ = [
    "CitationPageLocation",
]


class CitationPageLocation(BaseModel):
    """Citation of kind `page_location`, as returned by the API."""

    cited_text: str

    document_index: int

    document_title: Optional[str] = None

    end_page_number: int

    file_id: Optional[str] = None

    start_page_number: int

    type: Literal["page_location"]

    def to_param(self) -> CitationPageLocationParam:
        """This object as the request type `CitationPageLocationParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "CitationPageLocationParam",
            model_to_param(
                self,
                ("cited_text", "document_index", "document_title", "end_page_number", "start_page_number", "type"),
                ("document_title",),
            ),
        )
