# Generated from #/components/schemas/BetaBase64PDFSource; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaBase64PDFSource",
]


class BetaBase64PDFSource(BaseModel):
    """PDF data encoded as base64. Part of the beta API."""

    data: str

    media_type: Literal["application/pdf"]

    type: Literal["base64"]
