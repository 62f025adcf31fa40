# Generated from #/components/schemas/ResponseBashCodeExecutionToolResultError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from typing_extensions import Literal

from .._models import BaseModel
from .._to_param import model_to_param
from .bash_code_execution_tool_result_error_code import BashCodeExecutionToolResultErrorCode

if TYPE_CHECKING:
    from .bash_code_execution_tool_result_error_param import BashCodeExecutionToolResultErrorParam

__all__ = [
    "BashCodeExecutionToolResultError",
]


class BashCodeExecutionToolResultError(BaseModel):
    """Failure payload (`bash_code_execution_tool_result_error`) used instead of a tool result, returned by the API."""

    error_code: BashCodeExecutionToolResultErrorCode

    type: Literal["bash_code_execution_tool_result_error"]

    def to_param(self) -> BashCodeExecutionToolResultErrorParam:
        """This object as the request type `BashCodeExecutionToolResultErrorParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BashCodeExecutionToolResultErrorParam",
            model_to_param(
                self,
                ("error_code", "type"),
                (),
            ),
        )
