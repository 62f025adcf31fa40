# Generated from #/components/schemas/BetaStopReason; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, TypeAlias

__all__ = [
    "BetaStopReason",
]


BetaStopReason: TypeAlias = Literal[
    "end_turn",
    "max_tokens",
    "stop_sequence",
    "tool_use",
    "pause_turn",
    "compaction",
    "refusal",
    "model_context_window_exceeded",
]
"""Why the model stopped generating. Part of the beta API."""
