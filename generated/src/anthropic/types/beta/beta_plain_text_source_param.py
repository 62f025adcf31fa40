# Generated from #/components/schemas/BetaPlainTextSource; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaPlainTextSourceParam",
]


class BetaPlainTextSourceParam(TypedDict, total=False):
    """Document content given as plain text. Part of the beta API."""

    data: Required[str]

    media_type: Required[Literal["text/plain"]]

    type: Required[Literal["text"]]
