# Generated from #/components/schemas/AuthenticationError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "AuthenticationError",
]


class AuthenticationError(BaseModel):
    """Error details of type `authentication_error`."""

    message: str

    type: Literal["authentication_error"]
