# Generated from #/components/schemas/BetaResponseBashCodeExecutionResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, List, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param
from .beta_bash_code_execution_output_block import BetaBashCodeExecutionOutputBlock

if TYPE_CHECKING:
    from .beta_bash_code_execution_result_block_param import BetaBashCodeExecutionResultBlockParam

__all__ = [
    "BetaBashCodeExecutionResultBlock",
]


class BetaBashCodeExecutionResultBlock(BaseModel):
    """Content block of type `bash_code_execution_result` as returned by the API. Part of the beta API."""

    content: List[BetaBashCodeExecutionOutputBlock]

    return_code: int

    stderr: str

    stdout: str

    type: Literal["bash_code_execution_result"]

    def to_param(self) -> BetaBashCodeExecutionResultBlockParam:
        """This object as the request type `BetaBashCodeExecutionResultBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaBashCodeExecutionResultBlockParam",
            model_to_param(
                self,
                ("content", "return_code", "stderr", "stdout", "type"),
                (),
            ),
        )
