# Generated from #/components/schemas/PermissionError; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "PermissionError",
]


class PermissionError(BaseModel):
    """Error details of type `permission_error`."""

    message: str

    type: Literal["permission_error"]
