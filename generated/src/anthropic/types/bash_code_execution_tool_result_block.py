# Generated from #/components/schemas/ResponseBashCodeExecutionToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal

from .._models import BaseModel
from .bash_code_execution_result_block import BashCodeExecutionResultBlock
from .bash_code_execution_tool_result_error import BashCodeExecutionToolResultError

__all__ = [
    "BashCodeExecutionToolResultBlock",
]


class BashCodeExecutionToolResultBlock(BaseModel):
    """Content block of type `bash_code_execution_tool_result` as returned by the API."""

    content: Union[BashCodeExecutionToolResultError, BashCodeExecutionResultBlock]

    tool_use_id: str

    type: Literal["bash_code_execution_tool_result"]
