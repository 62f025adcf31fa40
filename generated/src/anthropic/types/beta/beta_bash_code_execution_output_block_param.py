# Generated from #/components/schemas/BetaRequestBashCodeExecutionOutputBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaBashCodeExecutionOutputBlockParam",
]


class BetaBashCodeExecutionOutputBlockParam(TypedDict, total=False):
    """Content block of type `bash_code_execution_output` as sent in a request. Part of the beta API."""

    file_id: Required[str]

    type: Required[Literal["bash_code_execution_output"]]
