# Generated from #/components/schemas/BetaAPIError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "BetaAPIError",
]


class BetaAPIError(BaseModel):
    """Error details of type `api_error`. Part of the beta API."""

    message: str

    type: Literal["api_error"]
