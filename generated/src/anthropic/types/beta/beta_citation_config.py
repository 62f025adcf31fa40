# Generated from #/components/schemas/BetaResponseCitationsConfig; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from ..._models import BaseModel

__all__ = [
    "BetaCitationConfig",
]


class BetaCitationConfig(BaseModel):
    """Whether citations were enabled for this document. Part of the beta API."""

    enabled: bool
