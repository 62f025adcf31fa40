# Generated from #/components/schemas/ResponseBashCodeExecutionOutputBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "BashCodeExecutionOutputBlock",
]


class BashCodeExecutionOutputBlock(BaseModel):
    """Content block of type `bash_code_execution_output` as returned by the API."""

    file_id: str

    type: Literal["bash_code_execution_output"]
