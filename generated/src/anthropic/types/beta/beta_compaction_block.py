# Generated from #/components/schemas/BetaResponseCompactionBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaCompactionBlock",
]


class BetaCompactionBlock(BaseModel):
    """Content block of type `compaction` as returned by the API. Part of the beta API."""

    content: Optional[str] = None

    type: Literal["compaction"]
