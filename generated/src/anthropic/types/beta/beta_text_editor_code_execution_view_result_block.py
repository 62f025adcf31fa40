# Generated from #/components/schemas/BetaResponseTextEditorCodeExecutionViewResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param

if TYPE_CHECKING:
    from .beta_text_editor_code_execution_view_result_block_param import BetaTextEditorCodeExecutionViewResultBlockParam

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

    def to_param(self) -> BetaTextEditorCodeExecutionViewResultBlockParam:
        """This object as the request type `BetaTextEditorCodeExecutionViewResultBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaTextEditorCodeExecutionViewResultBlockParam",
            model_to_param(
                self,
                ("content", "file_type", "num_lines", "start_line", "total_lines", "type"),
                ("num_lines", "start_line", "total_lines"),
            ),
        )
