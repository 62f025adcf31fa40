# Generated from #/components/schemas/RequestBashCodeExecutionResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Iterable

from typing_extensions import Literal, Required, TypedDict

from .bash_code_execution_output_block_param import BashCodeExecutionOutputBlockParam

__all__ = [
    "BashCodeExecutionResultBlockParam",
]


class BashCodeExecutionResultBlockParam(TypedDict, total=False):
    """Content block of type `bash_code_execution_result` as sent in a request."""

    content: Required[Iterable[BashCodeExecutionOutputBlockParam]]

    return_code: Required[int]

    stderr: Required[str]

    stdout: Required[str]

    type: Required[Literal["bash_code_execution_result"]]
