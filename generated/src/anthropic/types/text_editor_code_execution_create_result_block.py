# Generated from #/components/schemas/ResponseTextEditorCodeExecutionCreateResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from typing_extensions import Literal

from .._models import BaseModel
from .._to_param import model_to_param

if TYPE_CHECKING:
    from .text_editor_code_execution_create_result_block_param import TextEditorCodeExecutionCreateResultBlockParam

__all__ = [
    "TextEditorCodeExecutionCreateResultBlock",
]


class TextEditorCodeExecutionCreateResultBlock(BaseModel):
    """Content block of type `text_editor_code_execution_create_result` as returned by the API."""

    is_file_update: bool

    type: Literal["text_editor_code_execution_create_result"]

    def to_param(self) -> TextEditorCodeExecutionCreateResultBlockParam:
        """This object as the request type `TextEditorCodeExecutionCreateResultBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "TextEditorCodeExecutionCreateResultBlockParam",
            model_to_param(
                self,
                ("is_file_update", "type"),
                (),
            ),
        )
