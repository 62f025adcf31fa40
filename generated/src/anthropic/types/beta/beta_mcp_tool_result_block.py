# Generated from #/components/schemas/BetaResponseMCPToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import List, Union

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_text_block import BetaTextBlock

__all__ = [
    "BetaMCPToolResultBlock",
]


class BetaMCPToolResultBlock(BaseModel):
    """Content block of type `mcp_tool_result` as returned by the API. Part of the beta API."""

    content: Union[str, List[BetaTextBlock]]

    is_error: bool

    tool_use_id: str

    type: Literal["mcp_tool_result"]
