# Generated from #/components/schemas/ResponseBashCodeExecutionToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, Union, cast

from typing_extensions import Literal

from .._models import BaseModel
from .._to_param import model_to_param
from .bash_code_execution_result_block import BashCodeExecutionResultBlock
from .bash_code_execution_tool_result_error import BashCodeExecutionToolResultError

if TYPE_CHECKING:
    from .bash_code_execution_tool_result_block_param import BashCodeExecutionToolResultBlockParam

__all__ = [
    "BashCodeExecutionToolResultBlock",
]


class BashCodeExecutionToolResultBlock(BaseModel):
    """Content block of type `bash_code_execution_tool_result` as returned by the API."""

    content: Union[BashCodeExecutionToolResultError, BashCodeExecutionResultBlock]

    tool_use_id: str

    type: Literal["bash_code_execution_tool_result"]

    def to_param(self) -> BashCodeExecutionToolResultBlockParam:
        """This object as the request type `BashCodeExecutionToolResultBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BashCodeExecutionToolResultBlockParam",
            model_to_param(
                self,
                ("content", "tool_use_id", "type"),
                (),
            ),
        )
