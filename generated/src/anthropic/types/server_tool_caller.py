# Generated from #/components/schemas/ServerToolCaller; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from typing_extensions import Literal

from .._models import BaseModel
from .._to_param import model_to_param

if TYPE_CHECKING:
    from .server_tool_caller_param import ServerToolCallerParam

__all__ = [
    "ServerToolCaller",
]


class ServerToolCaller(BaseModel):
    """Marks a tool call made from inside a server-side tool."""

    tool_id: str

    type: Literal["code_execution_20250825"]

    def to_param(self) -> ServerToolCallerParam:
        """This object as the request type `ServerToolCallerParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "ServerToolCallerParam",
            model_to_param(
                self,
                ("tool_id", "type"),
                (),
            ),
        )
