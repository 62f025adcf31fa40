# Generated from #/components/schemas/ResponseCodeExecutionOutputBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "CodeExecutionOutputBlock",
]


class CodeExecutionOutputBlock(BaseModel):
    """Content block of type `code_execution_output` as returned by the API."""

    file_id: str

    type: Literal["code_execution_output"]
