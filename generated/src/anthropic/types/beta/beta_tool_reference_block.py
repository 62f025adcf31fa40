# Generated from #/components/schemas/BetaResponseToolReferenceBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param

if TYPE_CHECKING:
    from .beta_tool_reference_block_param import BetaToolReferenceBlockParam

__all__ = [
    "BetaToolReferenceBlock",
]


class BetaToolReferenceBlock(BaseModel):
    """Content block of type `tool_reference` as returned by the API. Part of the beta API."""

    tool_name: str

    type: Literal["tool_reference"]

    def to_param(self) -> BetaToolReferenceBlockParam:
        """This object as the request type `BetaToolReferenceBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaToolReferenceBlockParam",
            model_to_param(
                self,
                ("tool_name", "type"),
                (),
            ),
        )
