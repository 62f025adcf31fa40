# Generated from #/components/schemas/BetaMessageIterationUsage; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_cache_creation import BetaCacheCreation

__all__ = [
    "BetaMessageIterationUsage",
]


class BetaMessageIterationUsage(BaseModel):
    """Usage of one regular sampling iteration. Part of the beta API."""

    cache_creation: Optional[BetaCacheCreation] = None

    cache_creation_input_tokens: int

    cache_read_input_tokens: int

    input_tokens: int

    output_tokens: int

    type: Literal["message"]
