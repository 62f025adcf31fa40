# Generated from #/components/schemas/BetaIterationsUsage; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import List, Union, Optional

from typing_extensions import TypeAlias

from .beta_message_iteration_usage import BetaMessageIterationUsage
from .beta_compaction_iteration_usage import BetaCompactionIterationUsage

__all__ = [
    "BetaIterationsUsage",
]


BetaIterationsUsage: TypeAlias = Optional[List[Union[BetaMessageIterationUsage, BetaCompactionIterationUsage]]]
"""Per-iteration usage breakdown when the request ran several internal iterations. Part of the beta API."""
