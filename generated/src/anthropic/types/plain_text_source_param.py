# Generated from #/components/schemas/PlainTextSource; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "PlainTextSourceParam",
]


class PlainTextSourceParam(TypedDict, total=False):
    """Document content given as plain text."""

    data: Required[str]

    media_type: Required[Literal["text/plain"]]

    type: Required[Literal["text"]]
