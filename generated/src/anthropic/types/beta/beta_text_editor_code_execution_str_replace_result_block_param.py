# Generated from #/components/schemas/BetaRequestTextEditorCodeExecutionStrReplaceResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from ..._types import SequenceNotStr

__all__ = [
    "BetaTextEditorCodeExecutionStrReplaceResultBlockParam",
]


class BetaTextEditorCodeExecutionStrReplaceResultBlockParam(TypedDict, total=False):
    """Content block of type `text_editor_code_execution_str_replace_result` as sent in a request. Part of the beta API."""

    lines: Optional[SequenceNotStr[str]]

    new_lines: Optional[int]

    new_start: Optional[int]

    old_lines: Optional[int]

    old_start: Optional[int]

    type: Required[Literal["text_editor_code_execution_str_replace_result"]]
