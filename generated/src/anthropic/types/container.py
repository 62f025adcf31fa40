# Generated from #/components/schemas/Container; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from datetime import datetime

from .._models import BaseModel

__all__ = [
    "Container",
]


class Container(BaseModel):
    """Information about the code-execution container used by the request."""

    expires_at: datetime

    id: str
