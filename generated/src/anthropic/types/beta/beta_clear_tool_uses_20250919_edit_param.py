# Generated from #/components/schemas/BetaClearToolUses20250919; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Optional

from typing_extensions import Literal, Required, TypedDict

from ..._types import SequenceNotStr
from .beta_tool_uses_keep_param import BetaToolUsesKeepParam
from .beta_tool_uses_trigger_param import BetaToolUsesTriggerParam
from .beta_input_tokens_trigger_param import BetaInputTokensTriggerParam
from .beta_input_tokens_clear_at_least_param import BetaInputTokensClearAtLeastParam

__all__ = [
    "BetaClearToolUses20250919EditParam",
]


class BetaClearToolUses20250919EditParam(TypedDict, total=False):
    """Context edit that removes old tool calls and results. Part of the beta API."""

    clear_at_least: Optional[BetaInputTokensClearAtLeastParam]

    clear_tool_inputs: Optional[Union[bool, SequenceNotStr[str]]]

    exclude_tools: Optional[SequenceNotStr[str]]

    keep: BetaToolUsesKeepParam

    trigger: Union[BetaInputTokensTriggerParam, BetaToolUsesTriggerParam]

    type: Required[Literal["clear_tool_uses_20250919"]]
