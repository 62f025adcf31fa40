# Generated from #/components/schemas/PlainTextSource; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "PlainTextSource",
]


class PlainTextSource(BaseModel):
    """Document content given as plain text."""

    data: str

    media_type: Literal["text/plain"]

    type: Literal["text"]
