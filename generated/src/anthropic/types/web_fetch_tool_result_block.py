# Generated from #/components/schemas/ResponseWebFetchToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, Union, cast

from pydantic import Discriminator
from typing_extensions import Literal, Annotated

from .._utils import PropertyInfo
from .._models import BaseModel
from .._to_param import model_to_param
from .direct_caller import DirectCaller
from .web_fetch_block import WebFetchBlock
from .server_tool_caller import ServerToolCaller
from .server_tool_caller_20260120 import ServerToolCaller20260120
from .web_fetch_tool_result_error_block import WebFetchToolResultErrorBlock

if TYPE_CHECKING:
    from .web_fetch_tool_result_block_param import WebFetchToolResultBlockParam

__all__ = [
    "WebFetchToolResultBlock",
]


class WebFetchToolResultBlock(BaseModel):
    """Content block of type `web_fetch_tool_result` as returned by the API."""

    caller: Annotated[
        Union[DirectCaller, ServerToolCaller, ServerToolCaller20260120],
        PropertyInfo(discriminator="type"),
        Discriminator("type"),
    ]

    content: Union[WebFetchToolResultErrorBlock, WebFetchBlock]

    tool_use_id: str

    type: Literal["web_fetch_tool_result"]

    def to_param(self) -> WebFetchToolResultBlockParam:
        """This object as the request type `WebFetchToolResultBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "WebFetchToolResultBlockParam",
            model_to_param(
                self,
                ("caller", "content", "tool_use_id", "type"),
                (),
            ),
        )
