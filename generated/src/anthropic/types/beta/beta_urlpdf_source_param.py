# Generated from #/components/schemas/BetaURLPDFSource; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaURLPDFSourceParam",
]


class BetaURLPDFSourceParam(TypedDict, total=False):
    """PDF fetched from a URL. Part of the beta API."""

    type: Required[Literal["url"]]

    url: Required[str]
