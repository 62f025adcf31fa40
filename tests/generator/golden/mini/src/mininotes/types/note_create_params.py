# Generated from #/paths/~1v1~1notes/post/x-params; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Iterable

from typing_extensions import Required, TypedDict

from .._types import SequenceNotStr
from .kind_param import KindParam
from .block_param import BlockParam

__all__ = [
    "NoteCreateParams",
]


class NoteCreateParams(TypedDict, total=False):
    body: Required[Iterable[BlockParam]]

    tags: SequenceNotStr[str]

    kind: KindParam
