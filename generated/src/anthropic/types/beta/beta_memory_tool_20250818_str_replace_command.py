# Generated from #/components/schemas/BetaMemoryTool_20250818_StrReplaceCommand; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaMemoryTool20250818StrReplaceCommand",
]


class BetaMemoryTool20250818StrReplaceCommand(BaseModel):
    """Replace one exact occurrence of a string in a file."""

    command: Literal["str_replace"]

    path: str
    """Path of the file to edit."""

    old_str: str
    """Text to find; it must occur exactly once."""

    new_str: str
    """Text to put in its place."""
