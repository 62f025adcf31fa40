# Generated from #/components/schemas/BetaFileDocumentSource; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaFileDocumentSourceParam",
]


class BetaFileDocumentSourceParam(TypedDict, total=False):
    """Document taken from an uploaded file. Part of the beta API."""

    file_id: Required[str]

    type: Required[Literal["file"]]
