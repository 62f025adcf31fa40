# Generated from #/components/schemas/ResponseWebSearchToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, Union, cast

from pydantic import Discriminator
from typing_extensions import Literal, Annotated

from .._utils import PropertyInfo
from .._models import BaseModel
from .._to_param import model_to_param
from .direct_caller import DirectCaller
from .server_tool_caller import ServerToolCaller
from .server_tool_caller_20260120 import ServerToolCaller20260120
from .web_search_tool_result_block_content import WebSearchToolResultBlockContent

if TYPE_CHECKING:
    from .web_search_tool_result_block_param import WebSearchToolResultBlockParam

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

    def to_param(self) -> WebSearchToolResultBlockParam:
        """This object as the request type `WebSearchToolResultBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "WebSearchToolResultBlockParam",
            model_to_param(
                self,
                ("caller", "content", "tool_use_id", "type"),
                (),
            ),
        )
