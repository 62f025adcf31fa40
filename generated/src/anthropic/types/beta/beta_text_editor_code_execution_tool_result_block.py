# Generated from #/components/schemas/BetaResponseTextEditorCodeExecutionToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, Union, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param
from .beta_text_editor_code_execution_tool_result_error import BetaTextEditorCodeExecutionToolResultError
from .beta_text_editor_code_execution_view_result_block import BetaTextEditorCodeExecutionViewResultBlock
from .beta_text_editor_code_execution_create_result_block import BetaTextEditorCodeExecutionCreateResultBlock
from .beta_text_editor_code_execution_str_replace_result_block import BetaTextEditorCodeExecutionStrReplaceResultBlock

if TYPE_CHECKING:
    from .beta_text_editor_code_execution_tool_result_block_param import BetaTextEditorCodeExecutionToolResultBlockParam

__all__ = [
    "BetaTextEditorCodeExecutionToolResultBlock",
]


class BetaTextEditorCodeExecutionToolResultBlock(BaseModel):
    """Content block of type `text_editor_code_execution_tool_result` as returned by the API. Part of the beta API."""

    content: Union[
        BetaTextEditorCodeExecutionToolResultError,
        BetaTextEditorCodeExecutionViewResultBlock,
        BetaTextEditorCodeExecutionCreateResultBlock,
        BetaTextEditorCodeExecutionStrReplaceResultBlock,
    ]

    tool_use_id: str

    type: Literal["text_editor_code_execution_tool_result"]

    def to_param(self) -> BetaTextEditorCodeExecutionToolResultBlockParam:
        """This object as the request type `BetaTextEditorCodeExecutionToolResultBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaTextEditorCodeExecutionToolResultBlockParam",
            model_to_param(
                self,
                ("content", "tool_use_id", "type"),
                (),
            ),
        )
