# Generated from #/components/schemas/URLImageSource; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "URLImageSourceParam",
]


class URLImageSourceParam(TypedDict, total=False):
    """Image fetched from a URL."""

    type: Required[Literal["url"]]

    url: Required[str]
