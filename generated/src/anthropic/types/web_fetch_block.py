# Generated from #/components/schemas/ResponseWebFetchResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, cast

from typing_extensions import Literal

from .._models import BaseModel
from .._to_param import model_to_param
from .document_block import DocumentBlock

if TYPE_CHECKING:
    from .web_fetch_block_param import WebFetchBlockParam

__all__ = [
    "WebFetchBlock",
]


class WebFetchBlock(BaseModel):
    """Content block of type `web_fetch_result` as returned by the API."""

    content: DocumentBlock

    retrieved_at: Optional[str] = None

    type: Literal["web_fetch_result"]

    url: str

    def to_param(self) -> WebFetchBlockParam:
        """This object as the request type `WebFetchBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "WebFetchBlockParam",
            model_to_param(
                self,
                ("content", "retrieved_at", "type", "url"),
                ("retrieved_at",),
            ),
        )
