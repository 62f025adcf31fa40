# Generated from #/components/schemas/BetaResponseRedactedThinkingBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param

if TYPE_CHECKING:
    from .beta_redacted_thinking_block_param import BetaRedactedThinkingBlockParam

__all__ = [
    "BetaRedactedThinkingBlock",
]


class BetaRedactedThinkingBlock(BaseModel):
    """Content block of type `redacted_thinking` as returned by the API. Part of the beta API."""

    data: str

    type: Literal["redacted_thinking"]

    def to_param(self) -> BetaRedactedThinkingBlockParam:
        """This object as the request type `BetaRedactedThinkingBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaRedactedThinkingBlockParam",
            model_to_param(
                self,
                ("data", "type"),
                (),
            ),
        )
