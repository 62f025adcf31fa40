# Generated from #/components/schemas/BetaServerToolCaller; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param

if TYPE_CHECKING:
    from .beta_server_tool_caller_param import BetaServerToolCallerParam

__all__ = [
    "BetaServerToolCaller",
]


class BetaServerToolCaller(BaseModel):
    """Marks a tool call made from inside a server-side tool. Part of the beta API."""

    tool_id: str

    type: Literal["code_execution_20250825"]

    def to_param(self) -> BetaServerToolCallerParam:
        """This object as the request type `BetaServerToolCallerParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaServerToolCallerParam",
            model_to_param(
                self,
                ("tool_id", "type"),
                (),
            ),
        )
