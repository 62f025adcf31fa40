# Generated from #/components/schemas/BetaResponseBashCodeExecutionToolResultError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param
from .beta_bash_code_execution_tool_result_error_code import BetaBashCodeExecutionToolResultErrorCode

if TYPE_CHECKING:
    from .beta_bash_code_execution_tool_result_error_param import BetaBashCodeExecutionToolResultErrorParam

__all__ = [
    "BetaBashCodeExecutionToolResultError",
]


class BetaBashCodeExecutionToolResultError(BaseModel):
    """Failure payload (`bash_code_execution_tool_result_error`) used instead of a tool result, returned by the API. Part of the beta API."""

    error_code: BetaBashCodeExecutionToolResultErrorCode

    type: Literal["bash_code_execution_tool_result_error"]

    def to_param(self) -> BetaBashCodeExecutionToolResultErrorParam:
        """This object as the request type `BetaBashCodeExecutionToolResultErrorParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaBashCodeExecutionToolResultErrorParam",
            model_to_param(
                self,
                ("error_code", "type"),
                (),
            ),
        )
