# Generated from #/components/schemas/RequestTextEditorCodeExecutionCreateResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "TextEditorCodeExecutionCreateResultBlockParam",
]


class TextEditorCodeExecutionCreateResultBlockParam(TypedDict, total=False):
    """Content block of type `text_editor_code_execution_create_result` as sent in a request."""

    is_file_update: Required[bool]

    type: Required[Literal["text_editor_code_execution_create_result"]]
