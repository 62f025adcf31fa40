# Generated from #/components/schemas/BetaResponseToolSearchToolSearchResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, List, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param
from .beta_tool_reference_block import BetaToolReferenceBlock

if TYPE_CHECKING:
    from .beta_tool_search_tool_search_result_block_param import BetaToolSearchToolSearchResultBlockParam

__all__ = [
    "BetaToolSearchToolSearchResultBlock",
]


class BetaToolSearchToolSearchResultBlock(BaseModel):
    """Content block of type `tool_search_tool_search_result` as returned by the API. Part of the beta API."""

    tool_references: List[BetaToolReferenceBlock]

    type: Literal["tool_search_tool_search_result"]

    def to_param(self) -> BetaToolSearchToolSearchResultBlockParam:
        """This object as the request type `BetaToolSearchToolSearchResultBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaToolSearchToolSearchResultBlockParam",
            model_to_param(
                self,
                ("tool_references", "type"),
                (),
            ),
        )
