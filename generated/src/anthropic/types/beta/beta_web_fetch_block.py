# Generated from #/components/schemas/BetaResponseWebFetchResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param
from .beta_document_block import BetaDocumentBlock

if TYPE_CHECKING:
    from .beta_web_fetch_block_param import BetaWebFetchBlockParam

__all__ = [
    "BetaWebFetchBlock",
]


class BetaWebFetchBlock(BaseModel):
    """Content block of type `web_fetch_result` as returned by the API. Part of the beta API."""

    content: BetaDocumentBlock

    retrieved_at: Optional[str] = None

    type: Literal["web_fetch_result"]

    url: str

    def to_param(self) -> BetaWebFetchBlockParam:
        """This object as the request type `BetaWebFetchBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaWebFetchBlockParam",
            model_to_param(
                self,
                ("content", "retrieved_at", "type", "url"),
                ("retrieved_at",),
            ),
        )
