# Generated from #/components/schemas/ResponseCitationsConfig; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "CitationConfig",
]


class CitationConfig(BaseModel):
    """Whether citations were enabled for this document."""

    enabled: bool
