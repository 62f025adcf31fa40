# Generated from #/components/schemas/ImageBlock/properties/size; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from .._models import BaseModel

__all__ = [
    "ImageSize",
]


class ImageSize(BaseModel):
    width: Optional[int] = None

    height: Optional[int] = None
