# Generated from #/components/schemas/RequestBashCodeExecutionToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Optional

from typing_extensions import Literal, Required, TypedDict

from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .bash_code_execution_result_block_param import BashCodeExecutionResultBlockParam
from .bash_code_execution_tool_result_error_param import BashCodeExecutionToolResultErrorParam

__all__ = [
    "BashCodeExecutionToolResultBlockParam",
]


class BashCodeExecutionToolResultBlockParam(TypedDict, total=False):
    """Content block of type `bash_code_execution_tool_result` as sent in a request."""

    cache_control: Optional[CacheControlEphemeralParam]

    content: Required[Union[BashCodeExecutionToolResultErrorParam, BashCodeExecutionResultBlockParam]]

    tool_use_id: Required[str]

    type: Required[Literal["bash_code_execution_tool_result"]]
