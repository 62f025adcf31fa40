# Generated from #/components/schemas/BetaRequestDocumentBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_urlpdf_source_param import BetaURLPDFSourceParam
from .beta_citations_config_param import BetaCitationsConfigParam
from .beta_base64_pdf_source_param import BetaBase64PDFSourceParam
from .beta_plain_text_source_param import BetaPlainTextSourceParam
from .beta_content_block_source_param import BetaContentBlockSourceParam
from .beta_file_document_source_param import BetaFileDocumentSourceParam
from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaRequestDocumentBlockParam",
]


class BetaRequestDocumentBlockParam(TypedDict, total=False):
    """Content block of type `document` as sent in a request. Part of the beta API."""

    cache_control: Optional[BetaCacheControlEphemeralParam]

    citations: Optional[BetaCitationsConfigParam]

    context: Optional[str]

    source: Required[
        Union[
            BetaBase64PDFSourceParam,
            BetaPlainTextSourceParam,
            BetaContentBlockSourceParam,
            BetaURLPDFSourceParam,
            BetaFileDocumentSourceParam,
        ]
    ]

    title: Optional[str]

    type: Required[Literal["document"]]
