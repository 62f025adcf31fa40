# Generated from #/components/schemas/BetaPing; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaPing",
]


class BetaPing(BaseModel):
    """Keep-alive stream event with no payload. Part of the beta API."""

    type: Literal["ping"]
