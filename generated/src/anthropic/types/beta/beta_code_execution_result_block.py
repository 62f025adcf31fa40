# Generated from #/components/schemas/BetaResponseCodeExecutionResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import List

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_code_execution_output_block import BetaCodeExecutionOutputBlock

__all__ = [
    "BetaCodeExecutionResultBlock",
]


class BetaCodeExecutionResultBlock(BaseModel):
    """Content block of type `code_execution_result` as returned by the API. Part of the beta API."""

    content: List[BetaCodeExecutionOutputBlock]

    return_code: int

    stderr: str

    stdout: str

    type: Literal["code_execution_result"]
