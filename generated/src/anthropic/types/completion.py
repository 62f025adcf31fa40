# Generated from #/components/schemas/CompletionResponse; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .model import Model
from .._models import BaseModel

__all__ = [
    "Completion",
]


class Completion(BaseModel):
    """Result of a legacy completion; also the payload of `completion` stream events."""

    completion: str

    id: str

    model: Model

    stop_reason: Optional[str] = None

    type: Literal["completion"]
