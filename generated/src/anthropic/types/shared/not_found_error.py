# Generated from #/components/schemas/NotFoundError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "NotFoundError",
]


class NotFoundError(BaseModel):
    """Error details of type `not_found_error`."""

    message: str

    type: Literal["not_found_error"]
