# Generated from #/components/schemas/ContentBlockSource; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Iterable

from typing_extensions import Literal, Required, TypedDict

from .content_block_source_content_param import ContentBlockSourceContentParam

__all__ = [
    "ContentBlockSourceParam",
]


class ContentBlockSourceParam(TypedDict, total=False):
    """Document content given as a list of content blocks."""

    content: Required[Union[str, Iterable[ContentBlockSourceContentParam]]]

    type: Required[Literal["content"]]
