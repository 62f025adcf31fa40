# Generated from #/components/schemas/BetaRequestCodeExecutionToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_code_execution_tool_result_block_param_content_param import BetaCodeExecutionToolResultBlockParamContentParam

__all__ = [
    "BetaCodeExecutionToolResultBlockParam",
]


class BetaCodeExecutionToolResultBlockParam(TypedDict, total=False):
    """Content block of type `code_execution_tool_result` as sent in a request. Part of the beta API."""

    cache_control: Optional[BetaCacheControlEphemeralParam]

    content: Required[BetaCodeExecutionToolResultBlockParamContentParam]

    tool_use_id: Required[str]

    type: Required[Literal["code_execution_tool_result"]]
