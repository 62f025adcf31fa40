# Generated from #/components/schemas/BashTool_20250124; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Dict, Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .json_value_param import JsonValueParam
from .cache_control_ephemeral_param import CacheControlEphemeralParam

__all__ = [
    "ToolBash20250124Param",
]


class ToolBash20250124Param(TypedDict, total=False):
    """Definition of the built-in `bash` tool, version `bash_20250124`."""

    allowed_callers: Iterable[Literal["direct", "code_execution_20250825", "code_execution_20260120"]]

    cache_control: Optional[CacheControlEphemeralParam]

    defer_loading: bool

    input_examples: Iterable[Dict[str, JsonValueParam]]

    name: Required[Literal["bash"]]

    strict: bool

    type: Required[Literal["bash_20250124"]]
