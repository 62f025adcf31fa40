# Generated from #/components/schemas/BetaCompact20260112; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_input_tokens_trigger_param import BetaInputTokensTriggerParam

__all__ = [
    "BetaCompact20260112EditParam",
]


class BetaCompact20260112EditParam(TypedDict, total=False):
    """Context edit that summarises older turns into a compaction block. Part of the beta API."""

    instructions: Optional[str]

    pause_after_compaction: bool

    trigger: Optional[BetaInputTokensTriggerParam]

    type: Required[Literal["compact_20260112"]]
