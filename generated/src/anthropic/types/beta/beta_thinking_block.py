# Generated from #/components/schemas/BetaResponseThinkingBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param

if TYPE_CHECKING:
    from .beta_thinking_block_param import BetaThinkingBlockParam

__all__ = [
    "BetaThinkingBlock",
]


class BetaThinkingBlock(BaseModel):
    """Content block of type `thinking` as returned by the API. Part of the beta API."""

    signature: str

    thinking: str

    type: Literal["thinking"]

    def to_param(self) -> BetaThinkingBlockParam:
        """This object as the request type `BetaThinkingBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaThinkingBlockParam",
            model_to_param(
                self,
                ("signature", "thinking", "type"),
                (),
            ),
        )
