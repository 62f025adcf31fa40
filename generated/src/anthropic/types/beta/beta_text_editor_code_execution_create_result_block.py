# Generated from #/components/schemas/BetaResponseTextEditorCodeExecutionCreateResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param

if TYPE_CHECKING:
    from .beta_text_editor_code_execution_create_result_block_param import (
        BetaTextEditorCodeExecutionCreateResultBlockParam,
    )

__all__ = [
    "BetaTextEditorCodeExecutionCreateResultBlock",
]


class BetaTextEditorCodeExecutionCreateResultBlock(BaseModel):
    """Content block of type `text_editor_code_execution_create_result` as returned by the API. Part of the beta API."""

    is_file_update: bool

    type: Literal["text_editor_code_execution_create_result"]

    def to_param(self) -> BetaTextEditorCodeExecutionCreateResultBlockParam:
        """This object as the request type `BetaTextEditorCodeExecutionCreateResultBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaTextEditorCodeExecutionCreateResultBlockParam",
            model_to_param(
                self,
                ("is_file_update", "type"),
                (),
            ),
        )
