# Generated from #/components/schemas/BetaCacheCreation; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from ..._models import BaseModel

__all__ = [
    "BetaCacheCreation",
]


class BetaCacheCreation(BaseModel):
    """Breakdown of tokens written to the prompt cache by cache lifetime. Part of the beta API."""

    ephemeral_1h_input_tokens: int

    ephemeral_5m_input_tokens: int
