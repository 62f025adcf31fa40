# Generated from #/components/schemas/BetaResponseWebSearchResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param

if TYPE_CHECKING:
    from .beta_web_search_result_block_param import BetaWebSearchResultBlockParam

__all__ = [
    "BetaWebSearchResultBlock",
]


class BetaWebSearchResultBlock(BaseModel):
    """Content block of type `web_search_result` as returned by the API. Part of the beta API."""

    encrypted_content: str

    page_age: Optional[str] = None

    title: str

    type: Literal["web_search_result"]

    url: str

    def to_param(self) -> BetaWebSearchResultBlockParam:
        """This object as the request type `BetaWebSearchResultBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaWebSearchResultBlockParam",
            model_to_param(
                self,
                ("encrypted_content", "page_age", "title", "type", "url"),
                ("page_age",),
            ),
        )
