# Generated from #/components/schemas/Kind; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, TypeAlias

__all__ = [
    "Kind",
]


Kind: TypeAlias = Literal["plain", "checklist"]
