# Generated from #/components/schemas/DirectCaller; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "DirectCallerParam",
]


class DirectCallerParam(TypedDict, total=False):
    """Marks a tool call made directly by the model."""

    type: Required[Literal["direct"]]
