# Generated from #/components/schemas/CacheControlEphemeral; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "CacheControlEphemeralParam",
]


class CacheControlEphemeralParam(TypedDict, total=False):
    """Marks a prompt-cache breakpoint at this point of the prompt."""

    ttl: Literal["5m", "1h"]

    type: Required[Literal["ephemeral"]]
