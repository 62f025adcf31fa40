# Generated from #/components/schemas/ImageBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "ImageBlockSize",
    "ImageBlock",
]


class ImageBlockSize(BaseModel):
    width: Optional[int] = None

    height: Optional[int] = None


class ImageBlock(BaseModel):
    type: Literal["image"]

    url: str

    size: Optional[ImageBlockSize] = None
