# Generated from #/components/schemas/BetaSkillParams; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaSkillParams",
]


class BetaSkillParams(TypedDict, total=False):
    """Reference to a skill to load into the container. Part of the beta API."""

    skill_id: Required[str]

    type: Required[Literal["anthropic", "custom"]]

    version: str
