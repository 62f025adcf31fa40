# Generated from #/components/schemas/ResponseTextEditorCodeExecutionStrReplaceResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional, cast

from typing_extensions import Literal

from .._models import BaseModel
from .._to_param import model_to_param

if TYPE_CHECKING:
    from .text_editor_code_execution_str_replace_result_block_param import (
        TextEditorCodeExecutionStrReplaceResultBlockParam,
    )

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

    def to_param(self) -> TextEditorCodeExecutionStrReplaceResultBlockParam:
        """This object as the request type `TextEditorCodeExecutionStrReplaceResultBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "TextEditorCodeExecutionStrReplaceResultBlockParam",
            model_to_param(
                self,
                ("lines", "new_lines", "new_start", "old_lines", "old_start", "type"),
                ("lines", "new_lines", "new_start", "old_lines", "old_start"),
            ),
        )
