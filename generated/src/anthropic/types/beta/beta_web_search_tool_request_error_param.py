# Generated from #/components/schemas/BetaRequestWebSearchToolResultError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

from .beta_web_search_tool_result_error_code_param import BetaWebSearchToolResultErrorCodeParam

__all__ = [
    "BetaWebSearchToolRequestErrorParam",
]


class BetaWebSearchToolRequestErrorParam(TypedDict, total=False):
    """Failure payload (`web_search_tool_result_error`) used instead of a tool result, sent back in a request. Part of the beta API."""

    error_code: Required[BetaWebSearchToolResultErrorCodeParam]

    type: Required[Literal["web_search_tool_result_error"]]
