# Generated from #/components/schemas/ResponseEncryptedCodeExecutionResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import List

from typing_extensions import Literal

from .._models import BaseModel
from .code_execution_output_block import CodeExecutionOutputBlock

__all__ = [
    "EncryptedCodeExecutionResultBlock",
]


class EncryptedCodeExecutionResultBlock(BaseModel):
    """Content block of type `encrypted_code_execution_result` as returned by the API."""

    content: List[CodeExecutionOutputBlock]

    encrypted_stdout: str

    return_code: int

    stderr: str

    type: Literal["encrypted_code_execution_result"]
