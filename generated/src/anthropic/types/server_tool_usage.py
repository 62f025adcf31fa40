# Generated from #/components/schemas/ServerToolUsage; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "ServerToolUsage",
]


class ServerToolUsage(BaseModel):
    """How many times server-side tools were used."""

    web_fetch_requests: int

    web_search_requests: int
