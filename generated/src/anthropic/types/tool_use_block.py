# Generated from #/components/schemas/ResponseToolUseBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Dict, Union

from pydantic import Discriminator
from typing_extensions import Literal, Annotated

from .._utils import PropertyInfo
from .._models import BaseModel
from .direct_caller import DirectCaller
from .server_tool_caller import ServerToolCaller
from .server_tool_caller_20260120 import ServerToolCaller20260120

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
