# Generated from #/components/schemas/BetaCacheControlEphemeral; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "BetaCacheControlEphemeralParam",
]


class BetaCacheControlEphemeralParam(TypedDict, total=False):
    """Marks a prompt-cache breakpoint at this point of the prompt. Part of the beta API."""

    ttl: Literal["5m", "1h"]

    type: Required[Literal["ephemeral"]]
