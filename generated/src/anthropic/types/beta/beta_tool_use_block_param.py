# Generated from #/components/schemas/BetaRequestToolUseBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Dict, Union, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_direct_caller_param import BetaDirectCallerParam
from .beta_server_tool_caller_param import BetaServerToolCallerParam
from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_server_tool_caller_20260120_param import BetaServerToolCaller20260120Param

__all__ = [
    "BetaToolUseBlockParam",
]


class BetaToolUseBlockParam(TypedDict, total=False):
    """Content block of type `tool_use` as sent in a request. Part of the beta API."""

    cache_control: Optional[BetaCacheControlEphemeralParam]

    caller: Union[BetaDirectCallerParam, BetaServerToolCallerParam, BetaServerToolCaller20260120Param]

    id: Required[str]

    input: Required[Dict[str, object]]

    name: Required[str]

    type: Required[Literal["tool_use"]]
