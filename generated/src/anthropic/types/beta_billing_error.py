# Generated from #/components/schemas/BetaBillingError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "BetaBillingError",
]


class BetaBillingError(BaseModel):
    """Error details of type `billing_error`. Part of the beta API."""

    message: str

    type: Literal["billing_error"]
