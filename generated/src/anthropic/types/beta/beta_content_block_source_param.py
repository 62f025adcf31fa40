# Generated from #/components/schemas/BetaContentBlockSource; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Iterable

from typing_extensions import Literal, Required, TypedDict

from .beta_text_block_param import BetaTextBlockParam
from .beta_image_block_param import BetaImageBlockParam

__all__ = [
    "BetaContentBlockSourceParam",
]


class BetaContentBlockSourceParam(TypedDict, total=False):
    """Document content given as a list of content blocks. Part of the beta API."""

    content: Required[Union[str, Iterable[Union[BetaTextBlockParam, BetaImageBlockParam]]]]

    type: Required[Literal["content"]]
