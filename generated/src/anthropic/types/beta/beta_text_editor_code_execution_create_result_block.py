# Generated from #/components/schemas/BetaResponseTextEditorCodeExecutionCreateResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaTextEditorCodeExecutionCreateResultBlock",
]


class BetaTextEditorCodeExecutionCreateResultBlock(BaseModel):
    """Content block of type `text_editor_code_execution_create_result` as returned by the API. Part of the beta API."""

    is_file_update: bool

    type: Literal["text_editor_code_execution_create_result"]
