# Generated from #/components/schemas/BetaResponseToolUseBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Dict, Union, Optional

from pydantic import Discriminator
from typing_extensions import Literal, Annotated

from ..._utils import PropertyInfo
from ..._models import BaseModel
from .beta_direct_caller import BetaDirectCaller
from .beta_server_tool_caller import BetaServerToolCaller
from .beta_server_tool_caller_20260120 import BetaServerToolCaller20260120

__all__ = [
    "BetaToolUseBlock",
]


class BetaToolUseBlock(BaseModel):
    """Content block of type `tool_use` as returned by the API. Part of the beta API."""

    caller: Optional[
        Annotated[
            Union[BetaDirectCaller, BetaServerToolCaller, BetaServerToolCaller20260120],
            PropertyInfo(discriminator="type"),
            Discriminator("type"),
        ]
    ] = None

    id: str

    input: Dict[str, object]

    name: str

    type: Literal["tool_use"]
