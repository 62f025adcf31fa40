# Generated from #/components/schemas/RateLimitError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "RateLimitError",
]


class RateLimitError(BaseModel):
    """Error details of type `rate_limit_error`."""

    message: str

    type: Literal["rate_limit_error"]
