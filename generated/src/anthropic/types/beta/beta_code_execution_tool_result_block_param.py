# Generated from #/components/schemas/BetaRequestCodeExecutionToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_code_execution_result_block_param import BetaCodeExecutionResultBlockParam
from .beta_code_execution_tool_result_error_param import BetaCodeExecutionToolResultErrorParam
from .beta_encrypted_code_execution_result_block_param import BetaEncryptedCodeExecutionResultBlockParam

__all__ = [
    "BetaCodeExecutionToolResultBlockParam",
]


class BetaCodeExecutionToolResultBlockParam(TypedDict, total=False):
    """Content block of type `code_execution_tool_result` as sent in a request. Part of the beta API."""

    cache_control: Optional[BetaCacheControlEphemeralParam]

    content: Required[
        Union[
            BetaCodeExecutionToolResultErrorParam,
            BetaCodeExecutionResultBlockParam,
            BetaEncryptedCodeExecutionResultBlockParam,
        ]
    ]

    tool_use_id: Required[str]

    type: Required[Literal["code_execution_tool_result"]]
