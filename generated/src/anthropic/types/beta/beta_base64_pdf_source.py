# Generated from #/components/schemas/BetaBase64PDFSource; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param

if TYPE_CHECKING:
    from .beta_base64_pdf_source_param import BetaBase64PDFSourceParam

__all__ = [
    "BetaBase64PDFSource",
]


class BetaBase64PDFSource(BaseModel):
    """PDF data encoded as base64. Part of the beta API."""

    data: str

    media_type: Literal["application/pdf"]

    type: Literal["base64"]

    def to_param(self) -> BetaBase64PDFSourceParam:
        """This object as the request type `BetaBase64PDFSourceParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaBase64PDFSourceParam",
            model_to_param(
                self,
                ("data", "media_type", "type"),
                (),
            ),
        )
