# Generated from #/components/schemas/BetaContentBlockSource; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Iterable

from typing_extensions import Literal, Required, TypedDict

from .beta_content_block_source_content_param import BetaContentBlockSourceContentParam

__all__ = [
    "BetaContentBlockSourceParam",
]


class BetaContentBlockSourceParam(TypedDict, total=False):
    """Document content given as a list of content blocks. Part of the beta API."""

    content: Required[Union[str, Iterable[BetaContentBlockSourceContentParam]]]

    type: Required[Literal["content"]]
