# Generated from #/components/schemas/BetaResponseCompactionBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param

if TYPE_CHECKING:
    from .beta_compaction_block_param import BetaCompactionBlockParam

__all__ = [
    "BetaCompactionBlock",
]


class BetaCompactionBlock(BaseModel):
    """Content block of type `compaction` as returned by the API. Part of the beta API."""

    content: Optional[str] = None

    type: Literal["compaction"]

    def to_param(self) -> BetaCompactionBlockParam:
        """This object as the request type `BetaCompactionBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaCompactionBlockParam",
            model_to_param(
                self,
                ("content", "type"),
                ("content",),
            ),
        )
