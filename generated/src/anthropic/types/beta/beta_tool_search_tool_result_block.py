# Generated from #/components/schemas/BetaResponseToolSearchToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_tool_search_tool_result_error import BetaToolSearchToolResultError
from .beta_tool_search_tool_search_result_block import BetaToolSearchToolSearchResultBlock

__all__ = [
    "BetaToolSearchToolResultBlock",
]


class BetaToolSearchToolResultBlock(BaseModel):
    """Content block of type `tool_search_tool_result` as returned by the API. Part of the beta API."""

    content: Union[BetaToolSearchToolResultError, BetaToolSearchToolSearchResultBlock]

    tool_use_id: str

    type: Literal["tool_search_tool_result"]
