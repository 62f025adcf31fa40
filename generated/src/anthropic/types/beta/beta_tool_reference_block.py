# Generated from #/components/schemas/BetaResponseToolReferenceBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaToolReferenceBlock",
]


class BetaToolReferenceBlock(BaseModel):
    """Content block of type `tool_reference` as returned by the API. Part of the beta API."""

    tool_name: str

    type: Literal["tool_reference"]
