# Generated from #/components/schemas/BetaResponseToolUseBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, Dict, Union, Optional, cast

from pydantic import Discriminator
from typing_extensions import Literal, Annotated

from ..._utils import PropertyInfo
from ..._models import BaseModel
from ..._to_param import model_to_param
from .beta_direct_caller import BetaDirectCaller
from .beta_server_tool_caller import BetaServerToolCaller
from .beta_server_tool_caller_20260120 import BetaServerToolCaller20260120

if TYPE_CHECKING:
    from .beta_tool_use_block_param import BetaToolUseBlockParam

__all__ = [
    "BetaToolUseBlock",
]


class BetaToolUseBlock(BaseModel):
    """Content block of type `tool_use` as returned by the API. Part of the beta API."""

    caller: Optional[
        Annotated[
            Union[BetaDirectCaller, BetaServerToolCaller, BetaServerToolCaller20260120],
            PropertyInfo(discriminator="type"),
            Discriminator("type"),
        ]
    ] = None

    id: str

    input: Dict[str, object]

    name: str

    type: Literal["tool_use"]

    def to_param(self) -> BetaToolUseBlockParam:
        """This object as the request type `BetaToolUseBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaToolUseBlockParam",
            model_to_param(
                self,
                ("caller", "id", "input", "name", "type"),
                (),
            ),
        )
