# Generated from #/components/schemas/ResponseContainerUploadBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "ContainerUploadBlock",
]


class ContainerUploadBlock(BaseModel):
    """Content block of type `container_upload` as returned by the API."""

    file_id: str

    type: Literal["container_upload"]
