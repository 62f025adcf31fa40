# Generated from #/components/schemas/ContentBlockSource/properties/content/anyOf/1/items; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from .text_block_param import TextBlockParam
from .image_block_param import ImageBlockParam

__all__ = [
    "ContentBlockSourceContentParam",
]


ContentBlockSourceContentParam: TypeAlias = Union[TextBlockParam, ImageBlockParam]
