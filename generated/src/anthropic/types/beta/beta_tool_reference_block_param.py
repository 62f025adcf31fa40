# Generated from #/components/schemas/BetaRequestToolReferenceBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaToolReferenceBlockParam",
]


class BetaToolReferenceBlockParam(TypedDict, total=False):
    """Content block of type `tool_reference` as sent in a request. Part of the beta API."""

    cache_control: Optional[BetaCacheControlEphemeralParam]

    tool_name: Required[str]

    type: Required[Literal["tool_reference"]]
