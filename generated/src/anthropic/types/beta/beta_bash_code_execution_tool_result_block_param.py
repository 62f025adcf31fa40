# Generated from #/components/schemas/BetaRequestBashCodeExecutionToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_bash_code_execution_result_block_param import BetaBashCodeExecutionResultBlockParam
from .beta_bash_code_execution_tool_result_error_param import BetaBashCodeExecutionToolResultErrorParam

__all__ = [
    "BetaBashCodeExecutionToolResultBlockParam",
]


class BetaBashCodeExecutionToolResultBlockParam(TypedDict, total=False):
    """Content block of type `bash_code_execution_tool_result` as sent in a request. Part of the beta API."""

    cache_control: Optional[BetaCacheControlEphemeralParam]

    content: Required[Union[BetaBashCodeExecutionToolResultErrorParam, BetaBashCodeExecutionResultBlockParam]]

    tool_use_id: Required[str]

    type: Required[Literal["bash_code_execution_tool_result"]]
