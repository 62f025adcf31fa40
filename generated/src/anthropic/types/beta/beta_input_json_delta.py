# Generated from #/components/schemas/BetaInputJsonContentBlockDelta; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "BetaInputJSONDelta",
]


class BetaInputJSONDelta(BaseModel):
    """Incremental content update of type `input_json_delta`. Part of the beta API."""

    partial_json: str

    type: Literal["input_json_delta"]
