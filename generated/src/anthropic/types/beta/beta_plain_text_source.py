# Generated from #/components/schemas/BetaPlainTextSource; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaPlainTextSource",
]


class BetaPlainTextSource(BaseModel):
    """Document content given as plain text. Part of the beta API."""

    data: str

    media_type: Literal["text/plain"]

    type: Literal["text"]
