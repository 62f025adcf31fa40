# Generated from #/components/schemas/BetaGetSkillResponse; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel

__all__ = [
    "SkillRetrieveResponse",
]


class SkillRetrieveResponse(BaseModel):
    """A skill. Part of the beta API."""

    created_at: str

    display_title: Optional[str] = None

    id: str

    latest_version: Optional[str] = None

    source: str

    type: str

    updated_at: str
