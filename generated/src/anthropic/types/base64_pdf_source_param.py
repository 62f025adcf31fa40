# Generated from #/components/schemas/Base64PDFSource; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "Base64PDFSourceParam",
]


class Base64PDFSourceParam(TypedDict, total=False):
    """PDF data encoded as base64."""

    data: Required[str]

    media_type: Required[Literal["application/pdf"]]

    type: Required[Literal["base64"]]
