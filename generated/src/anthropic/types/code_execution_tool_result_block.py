# Generated from #/components/schemas/ResponseCodeExecutionToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal

from .._models import BaseModel
from .code_execution_result_block import CodeExecutionResultBlock
from .code_execution_tool_result_error import CodeExecutionToolResultError
from .encrypted_code_execution_result_block import EncryptedCodeExecutionResultBlock

__all__ = [
    "CodeExecutionToolResultBlock",
]


class CodeExecutionToolResultBlock(BaseModel):
    """Content block of type `code_execution_tool_result` as returned by the API."""

    content: Union[CodeExecutionToolResultError, CodeExecutionResultBlock, EncryptedCodeExecutionResultBlock]

    tool_use_id: str

    type: Literal["code_execution_tool_result"]
