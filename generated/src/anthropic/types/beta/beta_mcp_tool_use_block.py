# Generated from #/components/schemas/BetaResponseMCPToolUseBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, Dict, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param

if TYPE_CHECKING:
    from .beta_mcp_tool_use_block_param import BetaMCPToolUseBlockParam

__all__ = [
    "BetaMCPToolUseBlock",
]


class BetaMCPToolUseBlock(BaseModel):
    """Content block of type `mcp_tool_use` as returned by the API. Part of the beta API."""

    id: str

    input: Dict[str, object]

    name: str

    server_name: str

    type: Literal["mcp_tool_use"]

    def to_param(self) -> BetaMCPToolUseBlockParam:
        """This object as the request type `BetaMCPToolUseBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaMCPToolUseBlockParam",
            model_to_param(
                self,
                ("id", "input", "name", "server_name", "type"),
                (),
            ),
        )
