# Generated from #/components/schemas/BetaGatewayTimeoutError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "BetaGatewayTimeoutError",
]


class BetaGatewayTimeoutError(BaseModel):
    """Error details of type `timeout_error`. Part of the beta API."""

    message: str

    type: Literal["timeout_error"]
