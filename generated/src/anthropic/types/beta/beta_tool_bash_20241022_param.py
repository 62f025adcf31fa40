# Generated from #/components/schemas/BetaBashTool_20241022; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Dict, Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_json_value_param import BetaJsonValueParam
from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaToolBash20241022Param",
]


class BetaToolBash20241022Param(TypedDict, total=False):
    """Definition of the built-in `bash` tool, version `bash_20241022`. Part of the beta API."""

    allowed_callers: Iterable[Literal["direct", "code_execution_20250825", "code_execution_20260120"]]

    cache_control: Optional[BetaCacheControlEphemeralParam]

    defer_loading: bool

    input_examples: Iterable[Dict[str, BetaJsonValueParam]]

    name: Required[Literal["bash"]]

    strict: bool

    type: Required[Literal["bash_20241022"]]
