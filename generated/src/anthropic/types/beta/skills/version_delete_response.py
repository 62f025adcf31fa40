# Generated from #/components/schemas/BetaDeleteSkillVersionResponse; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from ...._models import BaseModel

__all__ = [
    "VersionDeleteResponse",
]


class VersionDeleteResponse(BaseModel):
    """Confirmation that a skill version was deleted. Part of the beta API."""

    id: str

    type: str
