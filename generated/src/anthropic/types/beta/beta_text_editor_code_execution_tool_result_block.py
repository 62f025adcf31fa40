# Generated from #/components/schemas/BetaResponseTextEditorCodeExecutionToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_text_editor_code_execution_tool_result_error import BetaTextEditorCodeExecutionToolResultError
from .beta_text_editor_code_execution_view_result_block import BetaTextEditorCodeExecutionViewResultBlock
from .beta_text_editor_code_execution_create_result_block import BetaTextEditorCodeExecutionCreateResultBlock
from .beta_text_editor_code_execution_str_replace_result_block import BetaTextEditorCodeExecutionStrReplaceResultBlock

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
