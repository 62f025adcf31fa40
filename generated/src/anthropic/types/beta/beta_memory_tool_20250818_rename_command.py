# Generated from #/components/schemas/BetaMemoryTool_20250818_RenameCommand; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaMemoryTool20250818RenameCommand",
]


class BetaMemoryTool20250818RenameCommand(BaseModel):
    """Move or rename a file or directory."""

    command: Literal["rename"]

    old_path: str
    """Current path."""

    new_path: str
    """New path."""
