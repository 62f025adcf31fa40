# Generated from #/components/schemas/BillingError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BillingError",
]


class BillingError(BaseModel):
    """Error details of type `billing_error`."""

    message: str

    type: Literal["billing_error"]
