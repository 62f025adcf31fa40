# Generated from #/components/schemas/BetaFileImageSource; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaFileImageSourceParam",
]


class BetaFileImageSourceParam(TypedDict, total=False):
    """Image taken from an uploaded file. Part of the beta API."""

    file_id: Required[str]

    type: Required[Literal["file"]]
