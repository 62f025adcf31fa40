# Generated from #/components/schemas/BetaResponseToolSearchToolResultError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_tool_search_tool_result_error_code import BetaToolSearchToolResultErrorCode

__all__ = [
    "BetaToolSearchToolResultError",
]


class BetaToolSearchToolResultError(BaseModel):
    """Failure payload (`tool_search_tool_result_error`) used instead of a tool result, returned by the API. Part of the beta API."""

    error_code: BetaToolSearchToolResultErrorCode

    error_message: Optional[str] = None

    type: Literal["tool_search_tool_result_error"]
