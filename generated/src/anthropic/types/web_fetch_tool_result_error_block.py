# Generated from #/components/schemas/ResponseWebFetchToolResultError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from typing_extensions import Literal

from .._models import BaseModel
from .._to_param import model_to_param
from .web_fetch_tool_result_error_code import WebFetchToolResultErrorCode

if TYPE_CHECKING:
    from .web_fetch_tool_result_error_block_param import WebFetchToolResultErrorBlockParam

__all__ = [
    "WebFetchToolResultErrorBlock",
]


class WebFetchToolResultErrorBlock(BaseModel):
    """Failure payload (`web_fetch_tool_result_error`) used instead of a tool result, returned by the API."""

    error_code: WebFetchToolResultErrorCode

    type: Literal["web_fetch_tool_result_error"]

    def to_param(self) -> WebFetchToolResultErrorBlockParam:
        """This object as the request type `WebFetchToolResultErrorBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "WebFetchToolResultErrorBlockParam",
            model_to_param(
                self,
                ("error_code", "type"),
                (),
            ),
        )
