# Generated from #/components/schemas/BetaNotFoundError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "BetaNotFoundError",
]


class BetaNotFoundError(BaseModel):
    """Error details of type `not_found_error`. Part of the beta API."""

    message: str

    type: Literal["not_found_error"]
