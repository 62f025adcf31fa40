# Generated from #/components/schemas/ResponseTextEditorCodeExecutionStrReplaceResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "TextEditorCodeExecutionStrReplaceResultBlock",
]


class TextEditorCodeExecutionStrReplaceResultBlock(BaseModel):
    """Content block of type `text_editor_code_execution_str_replace_result` as returned by the API."""

    lines: Optional[List[str]] = None

    new_lines: Optional[int] = None

    new_start: Optional[int] = None

    old_lines: Optional[int] = None

    old_start: Optional[int] = None

    type: Literal["text_editor_code_execution_str_replace_result"]
