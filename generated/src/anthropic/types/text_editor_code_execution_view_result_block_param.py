# Generated from #/components/schemas/RequestTextEditorCodeExecutionViewResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "TextEditorCodeExecutionViewResultBlockParam",
]


class TextEditorCodeExecutionViewResultBlockParam(TypedDict, total=False):
    """Content block of type `text_editor_code_execution_view_result` as sent in a request."""

    content: Required[str]

    file_type: Required[Literal["text", "image", "pdf"]]

    num_lines: Optional[int]

    start_line: Optional[int]

    total_lines: Optional[int]

    type: Required[Literal["text_editor_code_execution_view_result"]]
