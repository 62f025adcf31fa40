# Generated from #/components/schemas/BetaRequestCodeExecutionOutputBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaCodeExecutionOutputBlockParam",
]


class BetaCodeExecutionOutputBlockParam(TypedDict, total=False):
    """Content block of type `code_execution_output` as sent in a request. Part of the beta API."""

    file_id: Required[str]

    type: Required[Literal["code_execution_output"]]
