# Generated from #/components/schemas/BetaResponseBashCodeExecutionToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_bash_code_execution_result_block import BetaBashCodeExecutionResultBlock
from .beta_bash_code_execution_tool_result_error import BetaBashCodeExecutionToolResultError

__all__ = [
    "BetaBashCodeExecutionToolResultBlock",
]


class BetaBashCodeExecutionToolResultBlock(BaseModel):
    """Content block of type `bash_code_execution_tool_result` as returned by the API. Part of the beta API."""

    content: Union[BetaBashCodeExecutionToolResultError, BetaBashCodeExecutionResultBlock]

    tool_use_id: str

    type: Literal["bash_code_execution_tool_result"]
