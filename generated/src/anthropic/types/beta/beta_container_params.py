# Generated from #/components/schemas/BetaContainerParams; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import TypedDict

from .beta_skill_params import BetaSkillParams

__all__ = [
    "BetaContainerParams",
]


class BetaContainerParams(TypedDict, total=False):
    """Container to use for the request, with optional skills to load into it. Part of the beta API."""

    id: Optional[str]

    skills: Optional[Iterable[BetaSkillParams]]
