# Generated from #/components/schemas/BetaCreateSkillVersionResponse; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from ...._models import BaseModel

__all__ = [
    "VersionCreateResponse",
]


class VersionCreateResponse(BaseModel):
    """The skill version that was just created. Part of the beta API."""

    created_at: str

    description: str

    directory: str

    id: str

    name: str

    skill_id: str

    type: str

    version: str
