# Generated from #/components/schemas/SignatureContentBlockDelta; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "SignatureDelta",
]


class SignatureDelta(BaseModel):
    """Incremental content update of type `signature_delta`."""

    signature: str

    type: Literal["signature_delta"]
