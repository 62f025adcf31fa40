# Generated from #/components/schemas/ResponseWebSearchToolResultError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from typing_extensions import Literal

from .._models import BaseModel
from .._to_param import model_to_param
from .web_search_tool_result_error_code import WebSearchToolResultErrorCode

if TYPE_CHECKING:
    from .web_search_tool_request_error_param import WebSearchToolRequestErrorParam

__all__ = [
    "WebSearchToolResultError",
]


class WebSearchToolResultError(BaseModel):
    """Failure payload (`web_search_tool_result_error`) used instead of a tool result, returned by the API."""

    error_code: WebSearchToolResultErrorCode

    type: Literal["web_search_tool_result_error"]

    def to_param(self) -> WebSearchToolRequestErrorParam:
        """This object as the request type `WebSearchToolRequestErrorParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "WebSearchToolRequestErrorParam",
            model_to_param(
                self,
                ("error_code", "type"),
                (),
            ),
        )
