# Generated from #/components/schemas/ImageBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, cast

from typing_extensions import Literal

from .._models import BaseModel
from .._to_param import model_to_param
from .image_size import ImageSize

if TYPE_CHECKING:
    from .image_block_param import ImageBlockParam

__all__ = [
    "ImageBlock",
]


class ImageBlock(BaseModel):
    type: Literal["image"]

    url: str

    size: Optional[ImageSize] = None

    def to_param(self) -> ImageBlockParam:
        """This object as the request type `ImageBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "ImageBlockParam",
            model_to_param(
                self,
                ("type", "url", "size"),
                (),
            ),
        )
