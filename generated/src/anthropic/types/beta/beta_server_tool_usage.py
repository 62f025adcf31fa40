# Generated from #/components/schemas/BetaServerToolUsage; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from ..._models import BaseModel

__all__ = [
    "BetaServerToolUsage",
]


class BetaServerToolUsage(BaseModel):
    """How many times server-side tools were used. Part of the beta API."""

    web_fetch_requests: int

    web_search_requests: int
