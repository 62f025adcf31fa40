# Generated from #/components/schemas/BetaResponseEncryptedCodeExecutionResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import List

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_code_execution_output_block import BetaCodeExecutionOutputBlock

__all__ = [
    "BetaEncryptedCodeExecutionResultBlock",
]


class BetaEncryptedCodeExecutionResultBlock(BaseModel):
    """Content block of type `encrypted_code_execution_result` as returned by the API. Part of the beta API."""

    content: List[BetaCodeExecutionOutputBlock]

    encrypted_stdout: str

    return_code: int

    stderr: str

    type: Literal["encrypted_code_execution_result"]
