# Generated from #/components/schemas/BetaMemoryTool_20250818_CreateCommand; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaMemoryTool20250818CreateCommand",
]


class BetaMemoryTool20250818CreateCommand(BaseModel):
    """Write a file, replacing it when it exists."""

    command: Literal["create"]

    path: str
    """Path of the file to write."""

    file_text: str
    """The file's whole new content."""
