# Generated from #/components/schemas/BetaFileDeleteResponse; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "DeletedFile",
]


class DeletedFile(BaseModel):
    """Confirmation that a file was deleted. Part of the beta API."""

    id: str

    type: Optional[Literal["file_deleted"]] = None
