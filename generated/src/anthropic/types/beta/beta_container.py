# Generated from #/components/schemas/BetaContainer; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import List, Optional
from datetime import datetime

from ..._models import BaseModel
from .beta_skill import BetaSkill

__all__ = [
    "BetaContainer",
]


class BetaContainer(BaseModel):
    """Information about the code-execution container used by the request. Part of the beta API."""

    expires_at: datetime

    id: str

    skills: Optional[List[BetaSkill]] = None
