# Generated from #/components/schemas/TextBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from typing_extensions import Literal

from .._models import BaseModel
from .._to_param import model_to_param

if TYPE_CHECKING:
    from .text_block_param import TextBlockParam

__all__ = [
    "TextBlock",
]


class TextBlock(BaseModel):
    type: Literal["text"]

    text: str

    def to_param(self) -> TextBlockParam:
        """This object as the request type `TextBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "TextBlockParam",
            model_to_param(
                self,
                ("type", "text"),
                (),
            ),
        )
