# Generated from #/components/schemas/ResponseDocumentBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, Union, Optional, cast

from pydantic import Discriminator
from typing_extensions import Literal, Annotated

from .._utils import PropertyInfo
from .._models import BaseModel
from .._to_param import model_to_param
from .citation_config import CitationConfig
from .base64_pdf_source import Base64PDFSource
from .plain_text_source import PlainTextSource

if TYPE_CHECKING:
    from .document_block_param import DocumentBlockParam

__all__ = [
    "DocumentBlock",
]


class DocumentBlock(BaseModel):
    """Content block of type `document` as returned by the API."""

    citations: Optional[CitationConfig] = None

    source: Annotated[
        Union[Base64PDFSource, PlainTextSource], PropertyInfo(discriminator="type"), Discriminator("type")
    ]

    title: Optional[str] = None

    type: Literal["document"]

    def to_param(self) -> DocumentBlockParam:
        """This object as the request type `DocumentBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "DocumentBlockParam",
            model_to_param(
                self,
                ("citations", "source", "title", "type"),
                ("citations", "title"),
            ),
        )
