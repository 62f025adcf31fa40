# Generated from #/components/schemas/ResponseRedactedThinkingBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from typing_extensions import Literal

from .._models import BaseModel
from .._to_param import model_to_param

if TYPE_CHECKING:
    from .redacted_thinking_block_param import RedactedThinkingBlockParam

__all__ = [
    "RedactedThinkingBlock",
]


class RedactedThinkingBlock(BaseModel):
    """Content block of type `redacted_thinking` as returned by the API."""

    data: str

    type: Literal["redacted_thinking"]

    def to_param(self) -> RedactedThinkingBlockParam:
        """This object as the request type `RedactedThinkingBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "RedactedThinkingBlockParam",
            model_to_param(
                self,
                ("data", "type"),
                (),
            ),
        )
