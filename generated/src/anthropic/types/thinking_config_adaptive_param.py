# Generated from #/components/schemas/ThinkingConfigAdaptive; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "ThinkingConfigAdaptiveParam",
]


class ThinkingConfigAdaptiveParam(TypedDict, total=False):
    """Let the model decide how much to think."""

    type: Required[Literal["adaptive"]]
