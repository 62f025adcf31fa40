# Generated from #/components/schemas/Note; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import List, Optional
from datetime import datetime

from typing_extensions import Literal

from .kind import Kind
from .._models import BaseModel
from .note_block import NoteBlock

__all__ = [
    "Note",
]


class Note(BaseModel):
    """A saved note."""

    id: str

    type: Literal["note"]

    body: List[NoteBlock]
    """The note's blocks."""

    tags: List[str]

    kind: Kind

    archived_at: Optional[datetime] = None
