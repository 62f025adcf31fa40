# Generated from #/components/schemas/Note/properties/body/items; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import TypeAlias

from .block import Block

__all__ = [
    "NoteBlock",
]


NoteBlock: TypeAlias = Block
