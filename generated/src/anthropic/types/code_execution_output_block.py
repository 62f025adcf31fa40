# Generated from #/components/schemas/ResponseCodeExecutionOutputBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from typing_extensions import Literal

from .._models import BaseModel
from .._to_param import model_to_param

if TYPE_CHECKING:
    from .code_execution_output_block_param import CodeExecutionOutputBlockParam

__all__ = [
    "CodeExecutionOutputBlock",
]


class CodeExecutionOutputBlock(BaseModel):
    """Content block of type `code_execution_output` as returned by the API."""

    file_id: str

    type: Literal["code_execution_output"]

    def to_param(self) -> CodeExecutionOutputBlockParam:
        """This object as the request type `CodeExecutionOutputBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "CodeExecutionOutputBlockParam",
            model_to_param(
                self,
                ("file_id", "type"),
                (),
            ),
        )
