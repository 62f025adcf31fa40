# Generated from #/components/schemas/BetaResponseDocumentBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, Union, Optional, cast

from pydantic import Discriminator
from typing_extensions import Literal, Annotated

from ..._utils import PropertyInfo
from ..._models import BaseModel
from ..._to_param import model_to_param
from .beta_citation_config import BetaCitationConfig
from .beta_base64_pdf_source import BetaBase64PDFSource
from .beta_plain_text_source import BetaPlainTextSource

if TYPE_CHECKING:
    from .beta_request_document_block_param import BetaRequestDocumentBlockParam

__all__ = [
    "BetaDocumentBlock",
]


class BetaDocumentBlock(BaseModel):
    """Content block of type `document` as returned by the API. Part of the beta API."""

    citations: Optional[BetaCitationConfig] = None

    source: Annotated[
        Union[BetaBase64PDFSource, BetaPlainTextSource], PropertyInfo(discriminator="type"), Discriminator("type")
    ]

    title: Optional[str] = None

    type: Literal["document"]

    def to_param(self) -> BetaRequestDocumentBlockParam:
        """This object as the request type `BetaRequestDocumentBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaRequestDocumentBlockParam",
            model_to_param(
                self,
                ("citations", "source", "title", "type"),
                ("citations", "title"),
            ),
        )
