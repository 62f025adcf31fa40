# Generated from #/components/schemas/RequestToolUseBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Dict, Union, Optional

from typing_extensions import Literal, Required, TypedDict

from .direct_caller_param import DirectCallerParam
from .server_tool_caller_param import ServerToolCallerParam
from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .server_tool_caller_20260120_param import ServerToolCaller20260120Param

__all__ = [
    "ToolUseBlockParam",
]


class ToolUseBlockParam(TypedDict, total=False):
    """Content block of type `tool_use` as sent in a request."""

    cache_control: Optional[CacheControlEphemeralParam]

    caller: Union[DirectCallerParam, ServerToolCallerParam, ServerToolCaller20260120Param]

    id: Required[str]

    input: Required[Dict[str, object]]

    name: Required[str]

    type: Required[Literal["tool_use"]]
