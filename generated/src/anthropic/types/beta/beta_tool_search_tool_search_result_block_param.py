# Generated from #/components/schemas/BetaRequestToolSearchToolSearchResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Iterable

from typing_extensions import Literal, Required, TypedDict

from .beta_tool_reference_block_param import BetaToolReferenceBlockParam

__all__ = [
    "BetaToolSearchToolSearchResultBlockParam",
]


class BetaToolSearchToolSearchResultBlockParam(TypedDict, total=False):
    """Content block of type `tool_search_tool_search_result` as sent in a request. Part of the beta API."""

    tool_references: Required[Iterable[BetaToolReferenceBlockParam]]

    type: Required[Literal["tool_search_tool_search_result"]]
