# Generated from #/components/schemas/Block; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from .text_block_param import TextBlockParam
from .image_block_param import ImageBlockParam

__all__ = [
    "BlockParam",
]


BlockParam: TypeAlias = Union[TextBlockParam, ImageBlockParam]
