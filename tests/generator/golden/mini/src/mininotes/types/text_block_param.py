# Generated from #/components/schemas/TextBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "TextBlockParam",
]


class TextBlockParam(TypedDict, total=False):
    type: Required[Literal["text"]]

    text: Required[str]
