# Generated from #/components/schemas/BetaResponseBashCodeExecutionOutputBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param

if TYPE_CHECKING:
    from .beta_bash_code_execution_output_block_param import BetaBashCodeExecutionOutputBlockParam

__all__ = [
    "BetaBashCodeExecutionOutputBlock",
]


class BetaBashCodeExecutionOutputBlock(BaseModel):
    """Content block of type `bash_code_execution_output` as returned by the API. Part of the beta API."""

    file_id: str

    type: Literal["bash_code_execution_output"]

    def to_param(self) -> BetaBashCodeExecutionOutputBlockParam:
        """This object as the request type `BetaBashCodeExecutionOutputBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaBashCodeExecutionOutputBlockParam",
            model_to_param(
                self,
                ("file_id", "type"),
                (),
            ),
        )
