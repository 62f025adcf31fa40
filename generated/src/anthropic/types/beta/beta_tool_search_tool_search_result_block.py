# Generated from #/components/schemas/BetaResponseToolSearchToolSearchResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import List

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_tool_reference_block import BetaToolReferenceBlock

__all__ = [
    "BetaToolSearchToolSearchResultBlock",
]


class BetaToolSearchToolSearchResultBlock(BaseModel):
    """Content block of type `tool_search_tool_search_result` as returned by the API. Part of the beta API."""

    tool_references: List[BetaToolReferenceBlock]

    type: Literal["tool_search_tool_search_result"]
