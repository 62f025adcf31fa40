# Generated from #/components/schemas/ResponseThinkingBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from typing_extensions import Literal

from .._models import BaseModel
from .._to_param import model_to_param

if TYPE_CHECKING:
    from .thinking_block_param import ThinkingBlockParam

__all__ = [
    "ThinkingBlock",
]


class ThinkingBlock(BaseModel):
    """Content block of type `thinking` as returned by the API."""

    signature: str

    thinking: str

    type: Literal["thinking"]

    def to_param(self) -> ThinkingBlockParam:
        """This object as the request type `ThinkingBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "ThinkingBlockParam",
            model_to_param(
                self,
                ("signature", "thinking", "type"),
                (),
            ),
        )
