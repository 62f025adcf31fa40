# Generated from #/components/schemas/ResponseEncryptedCodeExecutionResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, List, cast

from typing_extensions import Literal

from .._models import BaseModel
from .._to_param import model_to_param
from .code_execution_output_block import CodeExecutionOutputBlock

if TYPE_CHECKING:
    from .encrypted_code_execution_result_block_param import EncryptedCodeExecutionResultBlockParam

__all__ = [
    "EncryptedCodeExecutionResultBlock",
]


class EncryptedCodeExecutionResultBlock(BaseModel):
    """Content block of type `encrypted_code_execution_result` as returned by the API."""

    content: List[CodeExecutionOutputBlock]

    encrypted_stdout: str

    return_code: int

    stderr: str

    type: Literal["encrypted_code_execution_result"]

    def to_param(self) -> EncryptedCodeExecutionResultBlockParam:
        """This object as the request type `EncryptedCodeExecutionResultBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "EncryptedCodeExecutionResultBlockParam",
            model_to_param(
                self,
                ("content", "encrypted_stdout", "return_code", "stderr", "type"),
                (),
            ),
        )
