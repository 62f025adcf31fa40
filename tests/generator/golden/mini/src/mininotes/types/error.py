# Generated from #/components/schemas/Error; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "ErrorError",
    "Error",
]


class ErrorError(BaseModel):
    type: str

    message: str


class Error(BaseModel):
    type: Literal["error"]

    error: ErrorError
