# Generated from #/components/schemas/BetaResponseBashCodeExecutionToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, Union, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param
from .beta_bash_code_execution_result_block import BetaBashCodeExecutionResultBlock
from .beta_bash_code_execution_tool_result_error import BetaBashCodeExecutionToolResultError

if TYPE_CHECKING:
    from .beta_bash_code_execution_tool_result_block_param import BetaBashCodeExecutionToolResultBlockParam

__all__ = [
    "BetaBashCodeExecutionToolResultBlock",
]


class BetaBashCodeExecutionToolResultBlock(BaseModel):
    """Content block of type `bash_code_execution_tool_result` as returned by the API. Part of the beta API."""

    content: Union[BetaBashCodeExecutionToolResultError, BetaBashCodeExecutionResultBlock]

    tool_use_id: str

    type: Literal["bash_code_execution_tool_result"]

    def to_param(self) -> BetaBashCodeExecutionToolResultBlockParam:
        """This object as the request type `BetaBashCodeExecutionToolResultBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaBashCodeExecutionToolResultBlockParam",
            model_to_param(
                self,
                ("content", "tool_use_id", "type"),
                (),
            ),
        )
