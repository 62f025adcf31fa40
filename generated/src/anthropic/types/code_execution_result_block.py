# Generated from #/components/schemas/ResponseCodeExecutionResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import List

from typing_extensions import Literal

from .._models import BaseModel
from .code_execution_output_block import CodeExecutionOutputBlock

__all__ = [
    "CodeExecutionResultBlock",
]


class CodeExecutionResultBlock(BaseModel):
    """Content block of type `code_execution_result` as returned by the API."""

    content: List[CodeExecutionOutputBlock]

    return_code: int

    stderr: str

    stdout: str

    type: Literal["code_execution_result"]
