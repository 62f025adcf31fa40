# Generated from #/components/schemas/ResponseToolSearchToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, Union, cast

from typing_extensions import Literal

from .._models import BaseModel
from .._to_param import model_to_param
from .tool_search_tool_result_error import ToolSearchToolResultError
from .tool_search_tool_search_result_block import ToolSearchToolSearchResultBlock

if TYPE_CHECKING:
    from .tool_search_tool_result_block_param import ToolSearchToolResultBlockParam

__all__ = [
    "ToolSearchToolResultBlock",
]


class ToolSearchToolResultBlock(BaseModel):
    """Content block of type `tool_search_tool_result` as returned by the API."""

    content: Union[ToolSearchToolResultError, ToolSearchToolSearchResultBlock]

    tool_use_id: str

    type: Literal["tool_search_tool_result"]

    def to_param(self) -> ToolSearchToolResultBlockParam:
        """This object as the request type `ToolSearchToolResultBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "ToolSearchToolResultBlockParam",
            model_to_param(
                self,
                ("content", "tool_use_id", "type"),
                (),
            ),
        )
