# Generated from #/components/schemas/BetaResponseTextBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param
from .beta_text_citation import BetaTextCitation

if TYPE_CHECKING:
    from .beta_text_block_param import BetaTextBlockParam

__all__ = [
    "BetaTextBlock",
]


class BetaTextBlock(BaseModel):
    """Content block of type `text` as returned by the API. Part of the beta API."""

    citations: Optional[List[BetaTextCitation]] = None

    text: str

    type: Literal["text"]

    def to_param(self) -> BetaTextBlockParam:
        """This object as the request type `BetaTextBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaTextBlockParam",
            model_to_param(
                self,
                ("citations", "text", "type"),
                ("citations",),
            ),
        )
