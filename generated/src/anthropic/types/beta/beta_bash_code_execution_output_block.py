# Generated from #/components/schemas/BetaResponseBashCodeExecutionOutputBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaBashCodeExecutionOutputBlock",
]


class BetaBashCodeExecutionOutputBlock(BaseModel):
    """Content block of type `bash_code_execution_output` as returned by the API. Part of the beta API."""

    file_id: str

    type: Literal["bash_code_execution_output"]
