# Generated from #/components/schemas/Block; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union

from pydantic import Discriminator
from typing_extensions import Annotated, TypeAlias

from .._utils import PropertyInfo
from .text_block import TextBlock
from .image_block import ImageBlock

__all__ = [
    "Block",
]


Block: TypeAlias = Annotated[Union[TextBlock, ImageBlock], PropertyInfo(discriminator="type"), Discriminator("type")]
