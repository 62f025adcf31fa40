# Generated from #/components/schemas/BetaResponseTextEditorCodeExecutionToolResultError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param
from .beta_text_editor_code_execution_tool_result_error_code import BetaTextEditorCodeExecutionToolResultErrorCode

if TYPE_CHECKING:
    from .beta_text_editor_code_execution_tool_result_error_param import BetaTextEditorCodeExecutionToolResultErrorParam

__all__ = [
    "BetaTextEditorCodeExecutionToolResultError",
]


class BetaTextEditorCodeExecutionToolResultError(BaseModel):
    """Failure payload (`text_editor_code_execution_tool_result_error`) used instead of a tool result, returned by the API. Part of the beta API."""

    error_code: BetaTextEditorCodeExecutionToolResultErrorCode

    error_message: Optional[str] = None

    type: Literal["text_editor_code_execution_tool_result_error"]

    def to_param(self) -> BetaTextEditorCodeExecutionToolResultErrorParam:
        """This object as the request type `BetaTextEditorCodeExecutionToolResultErrorParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaTextEditorCodeExecutionToolResultErrorParam",
            model_to_param(
                self,
                ("error_code", "error_message", "type"),
                ("error_message",),
            ),
        )
