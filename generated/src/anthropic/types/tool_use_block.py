# Generated from #/components/schemas/ResponseToolUseBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, Dict, Union, cast

from pydantic import Discriminator
from typing_extensions import Literal, Annotated

from .._utils import PropertyInfo
from .._models import BaseModel
from .._to_param import model_to_param
from .direct_caller import DirectCaller
from .server_tool_caller import ServerToolCaller
from .server_tool_caller_20260120 import ServerToolCaller20260120

if TYPE_CHECKING:
    from .tool_use_block_param import ToolUseBlockParam

__all__ = [
    "ToolUseBlock",
]


class ToolUseBlock(BaseModel):
    """Content block of type `tool_use` as returned by the API."""

    caller: Annotated[
        Union[DirectCaller, ServerToolCaller, ServerToolCaller20260120],
        PropertyInfo(discriminator="type"),
        Discriminator("type"),
    ]

    id: str

    input: Dict[str, object]

    name: str

    type: Literal["tool_use"]

    def to_param(self) -> ToolUseBlockParam:
        """This object as the request type `ToolUseBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "ToolUseBlockParam",
            model_to_param(
                self,
                ("caller", "id", "input", "name", "type"),
                (),
            ),
        )
