# Generated from #/components/schemas/BetaResponseBashCodeExecutionResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import List

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_bash_code_execution_output_block import BetaBashCodeExecutionOutputBlock

__all__ = [
    "BetaBashCodeExecutionResultBlock",
]


class BetaBashCodeExecutionResultBlock(BaseModel):
    """Content block of type `bash_code_execution_result` as returned by the API. Part of the beta API."""

    content: List[BetaBashCodeExecutionOutputBlock]

    return_code: int

    stderr: str

    stdout: str

    type: Literal["bash_code_execution_result"]
