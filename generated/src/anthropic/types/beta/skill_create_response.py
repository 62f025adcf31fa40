# Generated from #/components/schemas/BetaCreateSkillResponse; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel

__all__ = [
    "SkillCreateResponse",
]


class SkillCreateResponse(BaseModel):
    """The skill that was just created. Part of the beta API."""

    created_at: str

    display_title: Optional[str] = None

    id: str

    latest_version: Optional[str] = None

    source: str

    type: str

    updated_at: str
