# Generated from #/components/schemas/BetaCompactionContentBlockDelta; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaCompactionContentBlockDelta",
]


class BetaCompactionContentBlockDelta(BaseModel):
    """Incremental content update of type `compaction_delta`. Part of the beta API."""

    content: Optional[str] = None

    type: Literal["compaction_delta"]
