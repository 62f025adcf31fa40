# Generated from #/components/schemas/BetaRequestWebFetchToolResultError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

from .beta_web_fetch_tool_result_error_code_param import BetaWebFetchToolResultErrorCodeParam

__all__ = [
    "BetaWebFetchToolResultErrorBlockParam",
]


class BetaWebFetchToolResultErrorBlockParam(TypedDict, total=False):
    """Failure payload (`web_fetch_tool_result_error`) used instead of a tool result, sent back in a request. Part of the beta API."""

    error_code: Required[BetaWebFetchToolResultErrorCodeParam]

    type: Required[Literal["web_fetch_tool_result_error"]]
