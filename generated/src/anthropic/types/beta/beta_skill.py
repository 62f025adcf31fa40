# Generated from #/components/schemas/BetaSkill; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaSkill",
]


class BetaSkill(BaseModel):
    """A skill that was loaded into the container. Part of the beta API."""

    skill_id: str

    type: Literal["anthropic", "custom"]

    version: str
