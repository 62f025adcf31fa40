# Generated from #/components/schemas/Ping; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "Ping",
]


class Ping(BaseModel):
    """Keep-alive stream event with no payload."""

    type: Literal["ping"]
