# Generated from #/components/schemas/ResponseBashCodeExecutionResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import List

from typing_extensions import Literal

from .._models import BaseModel
from .bash_code_execution_output_block import BashCodeExecutionOutputBlock

__all__ = [
    "BashCodeExecutionResultBlock",
]


class BashCodeExecutionResultBlock(BaseModel):
    """Content block of type `bash_code_execution_result` as returned by the API."""

    content: List[BashCodeExecutionOutputBlock]

    return_code: int

    stderr: str

    stdout: str

    type: Literal["bash_code_execution_result"]
