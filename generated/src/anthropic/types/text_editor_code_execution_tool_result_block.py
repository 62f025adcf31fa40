# Generated from #/components/schemas/ResponseTextEditorCodeExecutionToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, Union, cast

from typing_extensions import Literal

from .._models import BaseModel
from .._to_param import model_to_param
from .text_editor_code_execution_tool_result_error import TextEditorCodeExecutionToolResultError
from .text_editor_code_execution_view_result_block import TextEditorCodeExecutionViewResultBlock
from .text_editor_code_execution_create_result_block import TextEditorCodeExecutionCreateResultBlock
from .text_editor_code_execution_str_replace_result_block import TextEditorCodeExecutionStrReplaceResultBlock

if TYPE_CHECKING:
    from .text_editor_code_execution_tool_result_block_param import TextEditorCodeExecutionToolResultBlockParam

__all__ = [
    "TextEditorCodeExecutionToolResultBlock",
]


class TextEditorCodeExecutionToolResultBlock(BaseModel):
    """Content block of type `text_editor_code_execution_tool_result` as returned by the API."""

    content: Union[
        TextEditorCodeExecutionToolResultError,
        TextEditorCodeExecutionViewResultBlock,
        TextEditorCodeExecutionCreateResultBlock,
        TextEditorCodeExecutionStrReplaceResultBlock,
    ]

    tool_use_id: str

    type: Literal["text_editor_code_execution_tool_result"]

    def to_param(self) -> TextEditorCodeExecutionToolResultBlockParam:
        """This object as the request type `TextEditorCodeExecutionToolResultBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "TextEditorCodeExecutionToolResultBlockParam",
            model_to_param(
                self,
                ("content", "tool_use_id", "type"),
                (),
            ),
        )
