# Generated from #/components/schemas/BetaMemoryTool_20250818_InsertCommand; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaMemoryTool20250818InsertCommand",
]


class BetaMemoryTool20250818InsertCommand(BaseModel):
    """Insert text into a file at a given line."""

    command: Literal["insert"]

    path: str
    """Path of the file to edit."""

    insert_line: int
    """Line number the new text goes before"""

    insert_text: str
    """Text to insert."""
