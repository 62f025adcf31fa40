# Generated from #/components/schemas/BetaOverloadedError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "BetaOverloadedError",
]


class BetaOverloadedError(BaseModel):
    """Error details of type `overloaded_error`. Part of the beta API."""

    message: str

    type: Literal["overloaded_error"]
