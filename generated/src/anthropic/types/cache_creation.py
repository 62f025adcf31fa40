# Generated from #/components/schemas/CacheCreation; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "CacheCreation",
]


class CacheCreation(BaseModel):
    """Breakdown of tokens written to the prompt cache by cache lifetime."""

    ephemeral_1h_input_tokens: int

    ephemeral_5m_input_tokens: int
