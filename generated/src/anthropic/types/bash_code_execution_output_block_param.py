# Generated from #/components/schemas/RequestBashCodeExecutionOutputBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BashCodeExecutionOutputBlockParam",
]


class BashCodeExecutionOutputBlockParam(TypedDict, total=False):
    """Content block of type `bash_code_execution_output` as sent in a request."""

    file_id: Required[str]

    type: Required[Literal["bash_code_execution_output"]]
