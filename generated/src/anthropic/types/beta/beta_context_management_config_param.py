# Generated from #/components/schemas/BetaContextManagementConfig; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Iterable

from typing_extensions import TypedDict

from .beta_compact_20260112_edit_param import BetaCompact20260112EditParam
from .beta_clear_thinking_20251015_edit_param import BetaClearThinking20251015EditParam
from .beta_clear_tool_uses_20250919_edit_param import BetaClearToolUses20250919EditParam

__all__ = [
    "BetaContextManagementConfigParam",
]


class BetaContextManagementConfigParam(TypedDict, total=False):
    """Rules for trimming the context automatically as a conversation grows. Part of the beta API."""

    edits: Iterable[
        Union[BetaClearToolUses20250919EditParam, BetaClearThinking20251015EditParam, BetaCompact20260112EditParam]
    ]
