# Generated from #/components/schemas/BetaResponseWebFetchToolResultError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_web_fetch_tool_result_error_code import BetaWebFetchToolResultErrorCode

__all__ = [
    "BetaWebFetchToolResultErrorBlock",
]


class BetaWebFetchToolResultErrorBlock(BaseModel):
    """Failure payload (`web_fetch_tool_result_error`) used instead of a tool result, returned by the API. Part of the beta API."""

    error_code: BetaWebFetchToolResultErrorCode

    type: Literal["web_fetch_tool_result_error"]
