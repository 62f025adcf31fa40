# Generated from #/components/schemas/BetaResponseMCPToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, List, Union, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param
from .beta_text_block import BetaTextBlock

if TYPE_CHECKING:
    from .beta_request_mcp_tool_result_block_param import BetaRequestMCPToolResultBlockParam

__all__ = [
    "BetaMCPToolResultBlock",
]


class BetaMCPToolResultBlock(BaseModel):
    """Content block of type `mcp_tool_result` as returned by the API. Part of the beta API."""

    content: Union[str, List[BetaTextBlock]]

    is_error: bool

    tool_use_id: str

    type: Literal["mcp_tool_result"]

    def to_param(self) -> BetaRequestMCPToolResultBlockParam:
        """This object as the request type `BetaRequestMCPToolResultBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaRequestMCPToolResultBlockParam",
            model_to_param(
                self,
                ("content", "is_error", "tool_use_id", "type"),
                (),
            ),
        )
