# Generated from #/components/schemas/ModelInfo; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from datetime import datetime

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "ModelInfo",
]


class ModelInfo(BaseModel):
    """Details of one model."""

    created_at: datetime

    display_name: str

    id: str

    type: Literal["model"]
