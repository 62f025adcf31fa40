# Generated from #/components/schemas/BetaResponseToolSearchToolResultError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param
from .beta_tool_search_tool_result_error_code import BetaToolSearchToolResultErrorCode

if TYPE_CHECKING:
    from .beta_tool_search_tool_result_error_param import BetaToolSearchToolResultErrorParam

__all__ = [
    "BetaToolSearchToolResultError",
]


class BetaToolSearchToolResultError(BaseModel):
    """Failure payload (`tool_search_tool_result_error`) used instead of a tool result, returned by the API. Part of the beta API."""

    error_code: BetaToolSearchToolResultErrorCode

    error_message: Optional[str] = None

    type: Literal["tool_search_tool_result_error"]

    def to_param(self) -> BetaToolSearchToolResultErrorParam:
        """This object as the request type `BetaToolSearchToolResultErrorParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaToolSearchToolResultErrorParam",
            model_to_param(
                self,
                ("error_code", "type"),
                (),
            ),
        )
