# Generated from #/components/schemas/BetaResponseEncryptedCodeExecutionResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, List, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param
from .beta_code_execution_output_block import BetaCodeExecutionOutputBlock

if TYPE_CHECKING:
    from .beta_encrypted_code_execution_result_block_param import BetaEncryptedCodeExecutionResultBlockParam

__all__ = [
    "BetaEncryptedCodeExecutionResultBlock",
]


class BetaEncryptedCodeExecutionResultBlock(BaseModel):
    """Content block of type `encrypted_code_execution_result` as returned by the API. Part of the beta API."""

    content: List[BetaCodeExecutionOutputBlock]

    encrypted_stdout: str

    return_code: int

    stderr: str

    type: Literal["encrypted_code_execution_result"]

    def to_param(self) -> BetaEncryptedCodeExecutionResultBlockParam:
        """This object as the request type `BetaEncryptedCodeExecutionResultBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaEncryptedCodeExecutionResultBlockParam",
            model_to_param(
                self,
                ("content", "encrypted_stdout", "return_code", "stderr", "type"),
                (),
            ),
        )
