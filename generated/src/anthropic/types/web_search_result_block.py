# Generated from #/components/schemas/ResponseWebSearchResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, cast

from typing_extensions import Literal

from .._models import BaseModel
from .._to_param import model_to_param

if TYPE_CHECKING:
    from .web_search_result_block_param import WebSearchResultBlockParam

__all__ = [
    "WebSearchResultBlock",
]


class WebSearchResultBlock(BaseModel):
    """Content block of type `web_search_result` as returned by the API."""

    encrypted_content: str

    page_age: Optional[str] = None

    title: str

    type: Literal["web_search_result"]

    url: str

    def to_param(self) -> WebSearchResultBlockParam:
        """This object as the request type `WebSearchResultBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "WebSearchResultBlockParam",
            model_to_param(
                self,
                ("encrypted_content", "page_age", "title", "type", "url"),
                ("page_age",),
            ),
        )
