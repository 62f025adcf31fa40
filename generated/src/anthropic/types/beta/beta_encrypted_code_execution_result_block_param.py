# Generated from #/components/schemas/BetaRequestEncryptedCodeExecutionResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Iterable

from typing_extensions import Literal, Required, TypedDict

from .beta_code_execution_output_block_param import BetaCodeExecutionOutputBlockParam

__all__ = [
    "BetaEncryptedCodeExecutionResultBlockParam",
]


class BetaEncryptedCodeExecutionResultBlockParam(TypedDict, total=False):
    """Content block of type `encrypted_code_execution_result` as sent in a request. Part of the beta API."""

    content: Required[Iterable[BetaCodeExecutionOutputBlockParam]]

    encrypted_stdout: Required[str]

    return_code: Required[int]

    stderr: Required[str]

    type: Required[Literal["encrypted_code_execution_result"]]
