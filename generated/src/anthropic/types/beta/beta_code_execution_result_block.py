# Generated from #/components/schemas/BetaResponseCodeExecutionResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, List, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param
from .beta_code_execution_output_block import BetaCodeExecutionOutputBlock

if TYPE_CHECKING:
    from .beta_code_execution_result_block_param import BetaCodeExecutionResultBlockParam

__all__ = [
    "BetaCodeExecutionResultBlock",
]


class BetaCodeExecutionResultBlock(BaseModel):
    """Content block of type `code_execution_result` as returned by the API. Part of the beta API."""

    content: List[BetaCodeExecutionOutputBlock]

    return_code: int

    stderr: str

    stdout: str

    type: Literal["code_execution_result"]

    def to_param(self) -> BetaCodeExecutionResultBlockParam:
        """This object as the request type `BetaCodeExecutionResultBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaCodeExecutionResultBlockParam",
            model_to_param(
                self,
                ("content", "return_code", "stderr", "stdout", "type"),
                (),
            ),
        )
