# Generated from #/components/schemas/BetaBase64ImageSource; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaBase64ImageSourceParam",
]


class BetaBase64ImageSourceParam(TypedDict, total=False):
    """Image data encoded as base64. Part of the beta API."""

    data: Required[str]

    media_type: Required[Literal["image/jpeg", "image/png", "image/gif", "image/webp"]]

    type: Required[Literal["base64"]]
