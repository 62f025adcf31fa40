# Generated from #/components/schemas/ResponseDocumentBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Optional

from pydantic import Discriminator
from typing_extensions import Literal, Annotated

from .._utils import PropertyInfo
from .._models import BaseModel
from .citation_config import CitationConfig
from .base64_pdf_source import Base64PDFSource
from .plain_text_source import PlainTextSource

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
