# Generated from #/components/schemas/Base64PDFSource; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "Base64PDFSource",
]


class Base64PDFSource(BaseModel):
    """PDF data encoded as base64."""

    data: str

    media_type: Literal["application/pdf"]

    type: Literal["base64"]
