# Generated from #/components/schemas/RequestDocumentBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Optional

from typing_extensions import Literal, Required, TypedDict

from .urlpdf_source_param import URLPDFSourceParam
from .citations_config_param import CitationsConfigParam
from .base64_pdf_source_param import Base64PDFSourceParam
from .plain_text_source_param import PlainTextSourceParam
from .content_block_source_param import ContentBlockSourceParam
from .cache_control_ephemeral_param import CacheControlEphemeralParam

__all__ = [
    "DocumentBlockParam",
]


class DocumentBlockParam(TypedDict, total=False):
    """Content block of type `document` as sent in a request."""

    cache_control: Optional[CacheControlEphemeralParam]

    citations: Optional[CitationsConfigParam]

    context: Optional[str]

    source: Required[Union[Base64PDFSourceParam, PlainTextSourceParam, ContentBlockSourceParam, URLPDFSourceParam]]

    title: Optional[str]

    type: Required[Literal["document"]]
