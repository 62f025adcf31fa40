# Generated from #/components/schemas/BetaDirectCaller; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaDirectCallerParam",
]


class BetaDirectCallerParam(TypedDict, total=False):
    """Marks a tool call made directly by the model. Part of the beta API."""

    type: Required[Literal["direct"]]
