# Generated from #/components/schemas/ImageBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "ImageBlockSizeParam",
    "ImageBlockParam",
]


class ImageBlockSizeParam(TypedDict, total=False):
    width: int

    height: int


class ImageBlockParam(TypedDict, total=False):
    type: Required[Literal["image"]]

    url: Required[str]

    size: ImageBlockSizeParam
