# Generated from #/components/schemas/BetaErrorResponse; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel
from .beta_error import BetaError

__all__ = [
    "BetaErrorResponse",
]


class BetaErrorResponse(BaseModel):
    """Body of an error response. Part of the beta API."""

    error: BetaError

    request_id: Optional[str] = None

    type: Literal["error"]
