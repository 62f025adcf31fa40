# Generated from #/components/schemas/BetaInputSchema; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Dict, Optional

from typing_extensions import Literal, Required, TypedDict

from ..._types import SequenceNotStr

__all__ = [
    "BetaInputSchemaParam",
]


class BetaInputSchemaParam(TypedDict, total=False):
    """JSON Schema of the input object a custom tool accepts. Part of the beta API."""

    properties: Optional[Dict[str, object]]

    required: Optional[SequenceNotStr[str]]

    type: Required[Literal["object"]]
