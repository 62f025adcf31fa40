# Generated from #/components/schemas/ResponseToolSearchToolSearchResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, List, cast

from typing_extensions import Literal

from .._models import BaseModel
from .._to_param import model_to_param
from .tool_reference_block import ToolReferenceBlock

if TYPE_CHECKING:
    from .tool_search_tool_search_result_block_param import ToolSearchToolSearchResultBlockParam

__all__ = [
    "ToolSearchToolSearchResultBlock",
]


class ToolSearchToolSearchResultBlock(BaseModel):
    """Content block of type `tool_search_tool_search_result` as returned by the API."""

    tool_references: List[ToolReferenceBlock]

    type: Literal["tool_search_tool_search_result"]

    def to_param(self) -> ToolSearchToolSearchResultBlockParam:
        """This object as the request type `ToolSearchToolSearchResultBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "ToolSearchToolSearchResultBlockParam",
            model_to_param(
                self,
                ("tool_references", "type"),
                (),
            ),
        )
