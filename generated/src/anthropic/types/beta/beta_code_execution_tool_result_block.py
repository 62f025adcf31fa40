# Generated from #/components/schemas/BetaResponseCodeExecutionToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_code_execution_tool_result_block_content import BetaCodeExecutionToolResultBlockContent

__all__ = [
    "BetaCodeExecutionToolResultBlock",
]


class BetaCodeExecutionToolResultBlock(BaseModel):
    """Content block of type `code_execution_tool_result` as returned by the API. Part of the beta API."""

    content: BetaCodeExecutionToolResultBlockContent

    tool_use_id: str

    type: Literal["code_execution_tool_result"]
