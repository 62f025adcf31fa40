# Generated from #/components/schemas/BetaRequestBashCodeExecutionResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Iterable

from typing_extensions import Literal, Required, TypedDict

from .beta_bash_code_execution_output_block_param import BetaBashCodeExecutionOutputBlockParam

__all__ = [
    "BetaBashCodeExecutionResultBlockParam",
]


class BetaBashCodeExecutionResultBlockParam(TypedDict, total=False):
    """Content block of type `bash_code_execution_result` as sent in a request. Part of the beta API."""

    content: Required[Iterable[BetaBashCodeExecutionOutputBlockParam]]

    return_code: Required[int]

    stderr: Required[str]

    stdout: Required[str]

    type: Required[Literal["bash_code_execution_result"]]
