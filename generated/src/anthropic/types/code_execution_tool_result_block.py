# Generated from #/components/schemas/ResponseCodeExecutionToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from typing_extensions import Literal

from .._models import BaseModel
from .._to_param import model_to_param
from .code_execution_tool_result_block_content import CodeExecutionToolResultBlockContent

if TYPE_CHECKING:
    from .code_execution_tool_result_block_param import CodeExecutionToolResultBlockParam

__all__ = [
    "CodeExecutionToolResultBlock",
]


class CodeExecutionToolResultBlock(BaseModel):
    """Content block of type `code_execution_tool_result` as returned by the API."""

    content: CodeExecutionToolResultBlockContent

    tool_use_id: str

    type: Literal["code_execution_tool_result"]

    def to_param(self) -> CodeExecutionToolResultBlockParam:
        """This object as the request type `CodeExecutionToolResultBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "CodeExecutionToolResultBlockParam",
            model_to_param(
                self,
                ("content", "tool_use_id", "type"),
                (),
            ),
        )
