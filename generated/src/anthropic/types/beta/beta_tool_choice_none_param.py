# Generated from #/components/schemas/BetaToolChoiceNone; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaToolChoiceNoneParam",
]


class BetaToolChoiceNoneParam(TypedDict, total=False):
    """Forbid the model from calling tools. Part of the beta API."""

    type: Required[Literal["none"]]
