# Generated from #/components/schemas/Base64PDFSource; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from typing_extensions import Literal

from .._models import BaseModel
from .._to_param import model_to_param

if TYPE_CHECKING:
    from .base64_pdf_source_param import Base64PDFSourceParam

__all__ = [
    "Base64PDFSource",
]


class Base64PDFSource(BaseModel):
    """PDF data encoded as base64."""

    data: str

    media_type: Literal["application/pdf"]

    type: Literal["base64"]

    def to_param(self) -> Base64PDFSourceParam:
        """This object as the request type `Base64PDFSourceParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "Base64PDFSourceParam",
            model_to_param(
                self,
                ("data", "media_type", "type"),
                (),
            ),
        )
