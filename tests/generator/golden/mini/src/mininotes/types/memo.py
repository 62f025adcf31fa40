# Generated from #/types/aliases/Memo; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import TypeAlias

from .note import Note

__all__ = [
    "Memo",
]


Memo: TypeAlias = Note
