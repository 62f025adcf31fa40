# Generated from #/components/schemas/BetaSkillVersion; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from ...._models import BaseModel

__all__ = [
    "VersionListResponse",
]


class VersionListResponse(BaseModel):
    """One version of a skill. Part of the beta API."""

    created_at: str

    description: str

    directory: str

    id: str

    name: str

    skill_id: str

    type: str

    version: str
