# Generated from #/components/schemas/BetaDeleteSkillResponse; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from ..._models import BaseModel

__all__ = [
    "SkillDeleteResponse",
]


class SkillDeleteResponse(BaseModel):
    """Confirmation that a skill was deleted. Part of the beta API."""

    id: str

    type: str
