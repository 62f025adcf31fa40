# Generated from #/components/schemas/RequestServerToolUseBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Dict, Union, Optional

from typing_extensions import Literal, Required, TypedDict

from .direct_caller_param import DirectCallerParam
from .server_tool_caller_param import ServerToolCallerParam
from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .server_tool_caller_20260120_param import ServerToolCaller20260120Param

__all__ = [
    "ServerToolUseBlockParam",
]


class ServerToolUseBlockParam(TypedDict, total=False):
    """Content block of type `server_tool_use` as sent in a request."""

    cache_control: Optional[CacheControlEphemeralParam]

    caller: Union[DirectCallerParam, ServerToolCallerParam, ServerToolCaller20260120Param]

    id: Required[str]

    input: Required[Dict[str, object]]

    name: Required[
        Literal[
            "web_search",
            "web_fetch",
            "code_execution",
            "bash_code_execution",
            "text_editor_code_execution",
            "tool_search_tool_regex",
            "tool_search_tool_bm25",
        ]
    ]

    type: Required[Literal["server_tool_use"]]
