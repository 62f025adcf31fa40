# Generated from #/components/schemas/BetaMemoryTool_20250818_ViewCommand; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaMemoryTool20250818ViewCommand",
]


class BetaMemoryTool20250818ViewCommand(BaseModel):
    """Show a directory listing, or a file's lines (optionally only a range of them)."""

    command: Literal["view"]

    path: str
    """Path inside the memory directory."""

    view_range: Optional[List[int]] = None
    """First and last line to show, both counted from 1."""
