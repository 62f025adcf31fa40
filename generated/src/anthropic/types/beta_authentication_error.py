# Generated from #/components/schemas/BetaAuthenticationError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "BetaAuthenticationError",
]


class BetaAuthenticationError(BaseModel):
    """Error details of type `authentication_error`. Part of the beta API."""

    message: str

    type: Literal["authentication_error"]
