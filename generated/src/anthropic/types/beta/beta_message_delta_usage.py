# Generated from #/components/schemas/BetaMessageDeltaUsage; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel
from .beta_iterations_usage import BetaIterationsUsage
from .beta_server_tool_usage import BetaServerToolUsage

__all__ = [
    "BetaMessageDeltaUsage",
]


class BetaMessageDeltaUsage(BaseModel):
    """Cumulative usage counts reported during a stream. Part of the beta API."""

    cache_creation_input_tokens: Optional[int] = None

    cache_read_input_tokens: Optional[int] = None

    input_tokens: Optional[int] = None

    iterations: BetaIterationsUsage

    output_tokens: int

    server_tool_use: Optional[BetaServerToolUsage] = None
