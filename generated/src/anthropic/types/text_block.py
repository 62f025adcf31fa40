# Generated from #/components/schemas/ResponseTextBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional, cast

from typing_extensions import Literal

from .._models import BaseModel
from .._to_param import model_to_param
from .text_citation import TextCitation

if TYPE_CHECKING:
    from .text_block_param import TextBlockParam

__all__ = [
    "TextBlock",
]


class TextBlock(BaseModel):
    """Content block of type `text` as returned by the API."""

    citations: Optional[List[TextCitation]] = None

    text: str

    type: Literal["text"]

    def to_param(self) -> TextBlockParam:
        """This object as the request type `TextBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "TextBlockParam",
            model_to_param(
                self,
                ("citations", "text", "type"),
                ("citations",),
            ),
        )
