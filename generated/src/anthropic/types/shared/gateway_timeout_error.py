# Generated from #/components/schemas/GatewayTimeoutError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "GatewayTimeoutError",
]


class GatewayTimeoutError(BaseModel):
    """Error details of type `timeout_error`."""

    message: str

    type: Literal["timeout_error"]
