# Generated from #/components/schemas/BetaInvalidRequestError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "BetaInvalidRequestError",
]


class BetaInvalidRequestError(BaseModel):
    """Error details of type `invalid_request_error`. Part of the beta API."""

    message: str

    type: Literal["invalid_request_error"]
