# Generated from #/components/schemas/BetaRequestToolSearchToolResultError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

from .beta_tool_search_tool_result_error_code_param import BetaToolSearchToolResultErrorCodeParam

__all__ = [
    "BetaToolSearchToolResultErrorParam",
]


class BetaToolSearchToolResultErrorParam(TypedDict, total=False):
    """Failure payload (`tool_search_tool_result_error`) used instead of a tool result, sent back in a request. Part of the beta API."""

    error_code: Required[BetaToolSearchToolResultErrorCodeParam]

    type: Required[Literal["tool_search_tool_result_error"]]
