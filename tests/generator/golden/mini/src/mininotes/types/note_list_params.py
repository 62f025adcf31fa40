# Generated from #/paths/~1v1~1notes/get/x-params; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import TypedDict

__all__ = [
    "NoteListParams",
]


class NoteListParams(TypedDict, total=False):
    limit: int

    after_id: str
