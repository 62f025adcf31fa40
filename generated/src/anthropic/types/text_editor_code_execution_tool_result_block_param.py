# Generated from #/components/schemas/RequestTextEditorCodeExecutionToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Optional

from typing_extensions import Literal, Required, TypedDict

from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .text_editor_code_execution_tool_result_error_param import TextEditorCodeExecutionToolResultErrorParam
from .text_editor_code_execution_view_result_block_param import TextEditorCodeExecutionViewResultBlockParam
from .text_editor_code_execution_create_result_block_param import TextEditorCodeExecutionCreateResultBlockParam
from .text_editor_code_execution_str_replace_result_block_param import TextEditorCodeExecutionStrReplaceResultBlockParam

__all__ = [
    "TextEditorCodeExecutionToolResultBlockParam",
]


class TextEditorCodeExecutionToolResultBlockParam(TypedDict, total=False):
    """Content block of type `text_editor_code_execution_tool_result` as sent in a request."""

    cache_control: Optional[CacheControlEphemeralParam]

    content: Required[
        Union[
            TextEditorCodeExecutionToolResultErrorParam,
            TextEditorCodeExecutionViewResultBlockParam,
            TextEditorCodeExecutionCreateResultBlockParam,
            TextEditorCodeExecutionStrReplaceResultBlockParam,
        ]
    ]

    tool_use_id: Required[str]

    type: Required[Literal["text_editor_code_execution_tool_result"]]
