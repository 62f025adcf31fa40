# Generated from #/components/schemas/BetaSignatureContentBlockDelta; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaSignatureDelta",
]


class BetaSignatureDelta(BaseModel):
    """Incremental content update of type `signature_delta`. Part of the beta API."""

    signature: str

    type: Literal["signature_delta"]
