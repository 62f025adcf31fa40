# Generated from #/components/schemas/BetaFileMetadataSchema; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional
from datetime import datetime

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "FileMetadata",
]


class FileMetadata(BaseModel):
    """Details of a stored file. Part of the beta API."""

    created_at: datetime

    downloadable: Optional[bool] = None

    filename: str

    id: str

    mime_type: str

    size_bytes: int

    type: Literal["file"]
