# Generated from #/components/schemas/BetaRateLimitError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "BetaRateLimitError",
]


class BetaRateLimitError(BaseModel):
    """Error details of type `rate_limit_error`. Part of the beta API."""

    message: str

    type: Literal["rate_limit_error"]
