# Generated from #/components/schemas/ResponseCodeExecutionResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, List, cast

from typing_extensions import Literal

from .._models import BaseModel
from .._to_param import model_to_param
from .code_execution_output_block import CodeExecutionOutputBlock

if TYPE_CHECKING:
    from .code_execution_result_block_param import CodeExecutionResultBlockParam

__all__ = [
    "CodeExecutionResultBlock",
]


class CodeExecutionResultBlock(BaseModel):
    """Content block of type `code_execution_result` as returned by the API."""

    content: List[CodeExecutionOutputBlock]

    return_code: int

    stderr: str

    stdout: str

    type: Literal["code_execution_result"]

    def to_param(self) -> CodeExecutionResultBlockParam:
        """This object as the request type `CodeExecutionResultBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "CodeExecutionResultBlockParam",
            model_to_param(
                self,
                ("content", "return_code", "stderr", "stdout", "type"),
                (),
            ),
        )
