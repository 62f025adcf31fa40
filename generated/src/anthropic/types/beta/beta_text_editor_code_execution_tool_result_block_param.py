# Generated from #/components/schemas/BetaRequestTextEditorCodeExecutionToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_text_editor_code_execution_tool_result_error_param import BetaTextEditorCodeExecutionToolResultErrorParam
from .beta_text_editor_code_execution_view_result_block_param import BetaTextEditorCodeExecutionViewResultBlockParam
from .beta_text_editor_code_execution_create_result_block_param import BetaTextEditorCodeExecutionCreateResultBlockParam
from .beta_text_editor_code_execution_str_replace_result_block_param import (
    BetaTextEditorCodeExecutionStrReplaceResultBlockParam,
)

__all__ = [
    "BetaTextEditorCodeExecutionToolResultBlockParam",
]


class BetaTextEditorCodeExecutionToolResultBlockParam(TypedDict, total=False):
    """Content block of type `text_editor_code_execution_tool_result` as sent in a request. Part of the beta API."""

    cache_control: Optional[BetaCacheControlEphemeralParam]

    content: Required[
        Union[
            BetaTextEditorCodeExecutionToolResultErrorParam,
            BetaTextEditorCodeExecutionViewResultBlockParam,
            BetaTextEditorCodeExecutionCreateResultBlockParam,
            BetaTextEditorCodeExecutionStrReplaceResultBlockParam,
        ]
    ]

    tool_use_id: Required[str]

    type: Required[Literal["text_editor_code_execution_tool_result"]]
