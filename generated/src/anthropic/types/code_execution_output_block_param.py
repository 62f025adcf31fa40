# Generated from #/components/schemas/RequestCodeExecutionOutputBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "CodeExecutionOutputBlockParam",
]


class CodeExecutionOutputBlockParam(TypedDict, total=False):
    """Content block of type `code_execution_output` as sent in a request."""

    file_id: Required[str]

    type: Required[Literal["code_execution_output"]]
