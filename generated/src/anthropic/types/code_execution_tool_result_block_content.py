# Generated from #/components/schemas/ResponseCodeExecutionToolResultBlock/properties/content; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from .code_execution_result_block import CodeExecutionResultBlock
from .code_execution_tool_result_error import CodeExecutionToolResultError
from .encrypted_code_execution_result_block import EncryptedCodeExecutionResultBlock

__all__ = [
    "CodeExecutionToolResultBlockContent",
]


CodeExecutionToolResultBlockContent: TypeAlias = Union[
    CodeExecutionToolResultError, CodeExecutionResultBlock, EncryptedCodeExecutionResultBlock
]
