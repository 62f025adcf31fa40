# Generated from #/components/schemas/BetaResponseCodeExecutionToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param
from .beta_code_execution_tool_result_block_content import BetaCodeExecutionToolResultBlockContent

if TYPE_CHECKING:
    from .beta_code_execution_tool_result_block_param import BetaCodeExecutionToolResultBlockParam

__all__ = [
    "BetaCodeExecutionToolResultBlock",
]


class BetaCodeExecutionToolResultBlock(BaseModel):
    """Content block of type `code_execution_tool_result` as returned by the API. Part of the beta API."""

    content: BetaCodeExecutionToolResultBlockContent

    tool_use_id: str

    type: Literal["code_execution_tool_result"]

    def to_param(self) -> BetaCodeExecutionToolResultBlockParam:
        """This object as the request type `BetaCodeExecutionToolResultBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaCodeExecutionToolResultBlockParam",
            model_to_param(
                self,
                ("content", "tool_use_id", "type"),
                (),
            ),
        )
