# Generated from #/components/schemas/BetaResponseToolSearchToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, Union, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param
from .beta_tool_search_tool_result_error import BetaToolSearchToolResultError
from .beta_tool_search_tool_search_result_block import BetaToolSearchToolSearchResultBlock

if TYPE_CHECKING:
    from .beta_tool_search_tool_result_block_param import BetaToolSearchToolResultBlockParam

__all__ = [
    "BetaToolSearchToolResultBlock",
]


class BetaToolSearchToolResultBlock(BaseModel):
    """Content block of type `tool_search_tool_result` as returned by the API. Part of the beta API."""

    content: Union[BetaToolSearchToolResultError, BetaToolSearchToolSearchResultBlock]

    tool_use_id: str

    type: Literal["tool_search_tool_result"]

    def to_param(self) -> BetaToolSearchToolResultBlockParam:
        """This object as the request type `BetaToolSearchToolResultBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaToolSearchToolResultBlockParam",
            model_to_param(
                self,
                ("content", "tool_use_id", "type"),
                (),
            ),
        )
