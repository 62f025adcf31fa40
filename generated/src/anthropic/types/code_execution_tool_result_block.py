# Generated from #/components/schemas/ResponseCodeExecutionToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel
from .code_execution_tool_result_block_content import CodeExecutionToolResultBlockContent

__all__ = [
    "CodeExecutionToolResultBlock",
]


class CodeExecutionToolResultBlock(BaseModel):
    """Content block of type `code_execution_tool_result` as returned by the API."""

    content: CodeExecutionToolResultBlockContent

    tool_use_id: str

    type: Literal["code_execution_tool_result"]
