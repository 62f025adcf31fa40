# Generated from #/components/schemas/ResponseCodeExecutionToolResultError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from typing_extensions import Literal

from .._models import BaseModel
from .._to_param import model_to_param
from .code_execution_tool_result_error_code import CodeExecutionToolResultErrorCode

if TYPE_CHECKING:
    from .code_execution_tool_result_error_param import CodeExecutionToolResultErrorParam

__all__ = [
    "CodeExecutionToolResultError",
]


class CodeExecutionToolResultError(BaseModel):
    """Failure payload (`code_execution_tool_result_error`) used instead of a tool result, returned by the API."""

    error_code: CodeExecutionToolResultErrorCode

    type: Literal["code_execution_tool_result_error"]

    def to_param(self) -> CodeExecutionToolResultErrorParam:
        """This object as the request type `CodeExecutionToolResultErrorParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "CodeExecutionToolResultErrorParam",
            model_to_param(
                self,
                ("error_code", "type"),
                (),
            ),
        )
