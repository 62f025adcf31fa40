# Generated from #/components/schemas/InvalidRequestError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "InvalidRequestError",
]


class InvalidRequestError(BaseModel):
    """Error details of type `invalid_request_error`."""

    message: str

    type: Literal["invalid_request_error"]
