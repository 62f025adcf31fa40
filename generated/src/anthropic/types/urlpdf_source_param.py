# Generated from #/components/schemas/URLPDFSource; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "URLPDFSourceParam",
]


class URLPDFSourceParam(TypedDict, total=False):
    """PDF fetched from a URL."""

    type: Required[Literal["url"]]

    url: Required[str]
