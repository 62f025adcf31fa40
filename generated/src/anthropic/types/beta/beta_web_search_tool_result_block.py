# Generated from #/components/schemas/BetaResponseWebSearchToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, Union, Optional, cast

from pydantic import Discriminator
from typing_extensions import Literal, Annotated

from ..._utils import PropertyInfo
from ..._models import BaseModel
from ..._to_param import model_to_param
from .beta_direct_caller import BetaDirectCaller
from .beta_server_tool_caller import BetaServerToolCaller
from .beta_server_tool_caller_20260120 import BetaServerToolCaller20260120
from .beta_web_search_tool_result_block_content import BetaWebSearchToolResultBlockContent

if TYPE_CHECKING:
    from .beta_web_search_tool_result_block_param import BetaWebSearchToolResultBlockParam

__all__ = [
    "BetaWebSearchToolResultBlock",
]


class BetaWebSearchToolResultBlock(BaseModel):
    """Content block of type `web_search_tool_result` as returned by the API. Part of the beta API."""

    caller: Optional[
        Annotated[
            Union[BetaDirectCaller, BetaServerToolCaller, BetaServerToolCaller20260120],
            PropertyInfo(discriminator="type"),
            Discriminator("type"),
        ]
    ] = None

    content: BetaWebSearchToolResultBlockContent

    tool_use_id: str

    type: Literal["web_search_tool_result"]

    def to_param(self) -> BetaWebSearchToolResultBlockParam:
        """This object as the request type `BetaWebSearchToolResultBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaWebSearchToolResultBlockParam",
            model_to_param(
                self,
                ("caller", "content", "tool_use_id", "type"),
                (),
            ),
        )
