# Generated from #/components/schemas/BetaResponseWebFetchToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, Union, Optional, cast

from pydantic import Discriminator
from typing_extensions import Literal, Annotated

from ..._utils import PropertyInfo
from ..._models import BaseModel
from ..._to_param import model_to_param
from .beta_direct_caller import BetaDirectCaller
from .beta_web_fetch_block import BetaWebFetchBlock
from .beta_server_tool_caller import BetaServerToolCaller
from .beta_server_tool_caller_20260120 import BetaServerToolCaller20260120
from .beta_web_fetch_tool_result_error_block import BetaWebFetchToolResultErrorBlock

if TYPE_CHECKING:
    from .beta_web_fetch_tool_result_block_param import BetaWebFetchToolResultBlockParam

__all__ = [
    "BetaWebFetchToolResultBlock",
]


class BetaWebFetchToolResultBlock(BaseModel):
    """Content block of type `web_fetch_tool_result` as returned by the API. Part of the beta API."""

    caller: Optional[
        Annotated[
            Union[BetaDirectCaller, BetaServerToolCaller, BetaServerToolCaller20260120],
            PropertyInfo(discriminator="type"),
            Discriminator("type"),
        ]
    ] = None

    content: Union[BetaWebFetchToolResultErrorBlock, BetaWebFetchBlock]

    tool_use_id: str

    type: Literal["web_fetch_tool_result"]

    def to_param(self) -> BetaWebFetchToolResultBlockParam:
        """This object as the request type `BetaWebFetchToolResultBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaWebFetchToolResultBlockParam",
            model_to_param(
                self,
                ("caller", "content", "tool_use_id", "type"),
                (),
            ),
        )
