# Generated from #/components/schemas/InputJsonContentBlockDelta; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "InputJSONDelta",
]


class InputJSONDelta(BaseModel):
    """Incremental content update of type `input_json_delta`."""

    partial_json: str

    type: Literal["input_json_delta"]
