# Generated from #/components/schemas/BetaClearThinking20251015; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Required, TypedDict

from .beta_thinking_turns_param import BetaThinkingTurnsParam
from .beta_all_thinking_turns_param import BetaAllThinkingTurnsParam

__all__ = [
    "BetaClearThinking20251015EditParam",
]


class BetaClearThinking20251015EditParam(TypedDict, total=False):
    """Context edit that removes old thinking blocks. Part of the beta API."""

    keep: Union[Union[BetaThinkingTurnsParam, BetaAllThinkingTurnsParam], Literal["all"]]

    type: Required[Literal["clear_thinking_20251015"]]
