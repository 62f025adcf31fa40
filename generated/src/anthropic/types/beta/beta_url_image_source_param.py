# Generated from #/components/schemas/BetaURLImageSource; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaURLImageSourceParam",
]


class BetaURLImageSourceParam(TypedDict, total=False):
    """Image fetched from a URL. Part of the beta API."""

    type: Required[Literal["url"]]

    url: Required[str]
