# Generated from #/components/schemas/ResponseTextEditorCodeExecutionToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal

from .._models import BaseModel
from .text_editor_code_execution_tool_result_error import TextEditorCodeExecutionToolResultError
from .text_editor_code_execution_view_result_block import TextEditorCodeExecutionViewResultBlock
from .text_editor_code_execution_create_result_block import TextEditorCodeExecutionCreateResultBlock
from .text_editor_code_execution_str_replace_result_block import TextEditorCodeExecutionStrReplaceResultBlock

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
