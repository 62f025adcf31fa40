# Generated from #/components/schemas/MessageDeltaUsage; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from .._models import BaseModel
from .server_tool_usage import ServerToolUsage

__all__ = [
    "MessageDeltaUsage",
]


class MessageDeltaUsage(BaseModel):
    """Cumulative usage counts reported during a stream."""

    cache_creation_input_tokens: Optional[int] = None

    cache_read_input_tokens: Optional[int] = None

    input_tokens: Optional[int] = None

    output_tokens: int

    server_tool_use: Optional[ServerToolUsage] = None
