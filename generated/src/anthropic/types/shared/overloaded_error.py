# Generated from #/components/schemas/OverloadedError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "OverloadedError",
]


class OverloadedError(BaseModel):
    """Error details of type `overloaded_error`."""

    message: str

    type: Literal["overloaded_error"]
