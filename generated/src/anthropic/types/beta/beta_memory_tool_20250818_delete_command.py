# Generated from #/components/schemas/BetaMemoryTool_20250818_DeleteCommand; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaMemoryTool20250818DeleteCommand",
]


class BetaMemoryTool20250818DeleteCommand(BaseModel):
    """Remove a file or directory."""

    command: Literal["delete"]

    path: str
    """Path to remove."""
