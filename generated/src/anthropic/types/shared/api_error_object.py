# Generated from #/components/schemas/APIError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "APIErrorObject",
]


class APIErrorObject(BaseModel):
    """Error details of type `api_error`."""

    message: str

    type: Literal["api_error"]
