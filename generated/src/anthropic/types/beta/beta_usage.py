# Generated from #/components/schemas/BetaUsage; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_speed import BetaSpeed
from .beta_cache_creation import BetaCacheCreation
from .beta_iterations_usage import BetaIterationsUsage
from .beta_server_tool_usage import BetaServerToolUsage

__all__ = [
    "BetaUsage",
]


class BetaUsage(BaseModel):
    """Token and tool usage counts for a request, used for billing and rate limits. Part of the beta API."""

    cache_creation: Optional[BetaCacheCreation] = None

    cache_creation_input_tokens: Optional[int] = None

    cache_read_input_tokens: Optional[int] = None

    inference_geo: Optional[str] = None

    input_tokens: int

    iterations: BetaIterationsUsage

    output_tokens: int

    server_tool_use: Optional[BetaServerToolUsage] = None

    service_tier: Optional[Literal["standard", "priority", "batch"]] = None

    speed: Optional[BetaSpeed] = None
