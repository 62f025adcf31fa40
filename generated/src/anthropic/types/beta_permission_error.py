# Generated from #/components/schemas/BetaPermissionError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "BetaPermissionError",
]


class BetaPermissionError(BaseModel):
    """Error details of type `permission_error`. Part of the beta API."""

    message: str

    type: Literal["permission_error"]
