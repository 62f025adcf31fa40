# Generated from #/components/schemas/BetaModelInfo; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from datetime import datetime

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaModelInfo",
]


class BetaModelInfo(BaseModel):
    """Details of one model. Part of the beta API."""

    created_at: datetime

    display_name: str

    id: str

    type: Literal["model"]
