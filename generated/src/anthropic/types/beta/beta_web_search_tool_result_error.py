# Generated from #/components/schemas/BetaResponseWebSearchToolResultError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_web_search_tool_result_error_code import BetaWebSearchToolResultErrorCode

__all__ = [
    "BetaWebSearchToolResultError",
]


class BetaWebSearchToolResultError(BaseModel):
    """Failure payload (`web_search_tool_result_error`) used instead of a tool result, returned by the API. Part of the beta API."""

    error_code: BetaWebSearchToolResultErrorCode

    type: Literal["web_search_tool_result_error"]
