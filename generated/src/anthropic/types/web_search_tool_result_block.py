# Generated from #/components/schemas/ResponseWebSearchToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union

from pydantic import Discriminator
from typing_extensions import Literal, Annotated

from .._utils import PropertyInfo
from .._models import BaseModel
from .direct_caller import DirectCaller
from .server_tool_caller import ServerToolCaller
from .server_tool_caller_20260120 import ServerToolCaller20260120
from .web_search_tool_result_block_content import WebSearchToolResultBlockContent

__all__ = [
    "WebSearchToolResultBlock",
]


class WebSearchToolResultBlock(BaseModel):
    """Content block of type `web_search_tool_result` as returned by the API."""

    caller: Annotated[
        Union[DirectCaller, ServerToolCaller, ServerToolCaller20260120],
        PropertyInfo(discriminator="type"),
        Discriminator("type"),
    ]

    content: WebSearchToolResultBlockContent

    tool_use_id: str

    type: Literal["web_search_tool_result"]
