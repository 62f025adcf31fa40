# Generated from #/components/schemas/ImageBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel
from .image_size import ImageSize

__all__ = [
    "ImageBlock",
]


class ImageBlock(BaseModel):
    type: Literal["image"]

    url: str

    size: Optional[ImageSize] = None
