# Generated from #/components/schemas/BetaRequestCompactionBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaCompactionBlockParam",
]


class BetaCompactionBlockParam(TypedDict, total=False):
    """Content block of type `compaction` as sent in a request. Part of the beta API."""

    cache_control: Optional[BetaCacheControlEphemeralParam]

    content: Required[Optional[str]]

    type: Required[Literal["compaction"]]
