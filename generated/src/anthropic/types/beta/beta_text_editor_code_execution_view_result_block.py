# Generated from #/components/schemas/BetaResponseTextEditorCodeExecutionViewResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaTextEditorCodeExecutionViewResultBlock",
]


class BetaTextEditorCodeExecutionViewResultBlock(BaseModel):
    """Content block of type `text_editor_code_execution_view_result` as returned by the API. Part of the beta API."""

    content: str

    file_type: Literal["text", "image", "pdf"]

    num_lines: Optional[int] = None

    start_line: Optional[int] = None

    total_lines: Optional[int] = None

    type: Literal["text_editor_code_execution_view_result"]
