# Generated from #/components/schemas/BetaCountMessageTokensResponse; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel
from .beta_count_tokens_context_management_response import BetaCountTokensContextManagementResponse

__all__ = [
    "BetaMessageTokensCount",
]


class BetaMessageTokensCount(BaseModel):
    """Token count for a prospective message request. Part of the beta API."""

    context_management: Optional[BetaCountTokensContextManagementResponse] = None

    input_tokens: int
