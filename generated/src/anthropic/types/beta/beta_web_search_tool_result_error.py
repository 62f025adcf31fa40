# Generated from #/components/schemas/BetaResponseWebSearchToolResultError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param
from .beta_web_search_tool_result_error_code import BetaWebSearchToolResultErrorCode

if TYPE_CHECKING:
    from .beta_web_search_tool_request_error_param import BetaWebSearchToolRequestErrorParam

__all__ = [
    "BetaWebSearchToolResultError",
]


class BetaWebSearchToolResultError(BaseModel):
    """Failure payload (`web_search_tool_result_error`) used instead of a tool result, returned by the API. Part of the beta API."""

    error_code: BetaWebSearchToolResultErrorCode

    type: Literal["web_search_tool_result_error"]

    def to_param(self) -> BetaWebSearchToolRequestErrorParam:
        """This object as the request type `BetaWebSearchToolRequestErrorParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaWebSearchToolRequestErrorParam",
            model_to_param(
                self,
                ("error_code", "type"),
                (),
            ),
        )
