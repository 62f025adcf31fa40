# Generated from #/components/schemas/BetaGetSkillVersionResponse; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from ...._models import BaseModel

__all__ = [
    "VersionRetrieveResponse",
]


class VersionRetrieveResponse(BaseModel):
    """A skill version. Part of the beta API."""

    created_at: str

    description: str

    directory: str

    id: str

    name: str

    skill_id: str

    type: str

    version: str
