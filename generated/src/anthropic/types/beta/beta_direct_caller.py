# Generated from #/components/schemas/BetaDirectCaller; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param

if TYPE_CHECKING:
    from .beta_direct_caller_param import BetaDirectCallerParam

__all__ = [
    "BetaDirectCaller",
]


class BetaDirectCaller(BaseModel):
    """Marks a tool call made directly by the model. Part of the beta API."""

    type: Literal["direct"]

    def to_param(self) -> BetaDirectCallerParam:
        """This object as the request type `BetaDirectCallerParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaDirectCallerParam",
            model_to_param(
                self,
                ("type",),
                (),
            ),
        )
