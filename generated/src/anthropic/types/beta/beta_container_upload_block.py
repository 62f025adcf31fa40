# Generated from #/components/schemas/BetaResponseContainerUploadBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaContainerUploadBlock",
]


class BetaContainerUploadBlock(BaseModel):
    """Content block of type `container_upload` as returned by the API. Part of the beta API."""

    file_id: str

    type: Literal["container_upload"]
