# Generated from #/components/schemas/BetaServerToolCaller_20260120; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param

if TYPE_CHECKING:
    from .beta_server_tool_caller_20260120_param import BetaServerToolCaller20260120Param

__all__ = [
    "BetaServerToolCaller20260120",
]


class BetaServerToolCaller20260120(BaseModel):
    """Marks a tool call made from inside a server-side tool (2026-01-20 variant). Part of the beta API."""

    tool_id: str

    type: Literal["code_execution_20260120"]

    def to_param(self) -> BetaServerToolCaller20260120Param:
        """This object as the request type `BetaServerToolCaller20260120Param`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaServerToolCaller20260120Param",
            model_to_param(
                self,
                ("tool_id", "type"),
                (),
            ),
        )
