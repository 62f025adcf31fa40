# Generated from #/components/schemas/BetaResponseDocumentBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Optional

from pydantic import Discriminator
from typing_extensions import Literal, Annotated

from ..._utils import PropertyInfo
from ..._models import BaseModel
from .beta_citation_config import BetaCitationConfig
from .beta_base64_pdf_source import BetaBase64PDFSource
from .beta_plain_text_source import BetaPlainTextSource

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
