# Generated from #/components/schemas/BetaResponseWebFetchToolResultError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param
from .beta_web_fetch_tool_result_error_code import BetaWebFetchToolResultErrorCode

if TYPE_CHECKING:
    from .beta_web_fetch_tool_result_error_block_param import BetaWebFetchToolResultErrorBlockParam

__all__ = [
    "BetaWebFetchToolResultErrorBlock",
]


class BetaWebFetchToolResultErrorBlock(BaseModel):
    """Failure payload (`web_fetch_tool_result_error`) used instead of a tool result, returned by the API. Part of the beta API."""

    error_code: BetaWebFetchToolResultErrorCode

    type: Literal["web_fetch_tool_result_error"]

    def to_param(self) -> BetaWebFetchToolResultErrorBlockParam:
        """This object as the request type `BetaWebFetchToolResultErrorBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaWebFetchToolResultErrorBlockParam",
            model_to_param(
                self,
                ("error_code", "type"),
                (),
            ),
        )
