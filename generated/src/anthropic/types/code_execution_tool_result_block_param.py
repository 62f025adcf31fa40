# Generated from #/components/schemas/RequestCodeExecutionToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .code_execution_tool_result_block_param_content_param import CodeExecutionToolResultBlockParamContentParam

__all__ = [
    "CodeExecutionToolResultBlockParam",
]


class CodeExecutionToolResultBlockParam(TypedDict, total=False):
    """Content block of type `code_execution_tool_result` as sent in a request."""

    cache_control: Optional[CacheControlEphemeralParam]

    content: Required[CodeExecutionToolResultBlockParamContentParam]

    tool_use_id: Required[str]

    type: Required[Literal["code_execution_tool_result"]]
