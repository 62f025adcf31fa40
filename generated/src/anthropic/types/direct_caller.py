# Generated from #/components/schemas/DirectCaller; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from typing_extensions import Literal

from .._models import BaseModel
from .._to_param import model_to_param

if TYPE_CHECKING:
    from .direct_caller_param import DirectCallerParam

__all__ = [
    "DirectCaller",
]


class DirectCaller(BaseModel):
    """Marks a tool call made directly by the model."""

    type: Literal["direct"]

    def to_param(self) -> DirectCallerParam:
        """This object as the request type `DirectCallerParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "DirectCallerParam",
            model_to_param(
                self,
                ("type",),
                (),
            ),
        )
