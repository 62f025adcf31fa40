# Generated from #/components/schemas/RequestToolReferenceBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .cache_control_ephemeral_param import CacheControlEphemeralParam

__all__ = [
    "ToolReferenceBlockParam",
]


class ToolReferenceBlockParam(TypedDict, total=False):
    """Content block of type `tool_reference` as sent in a request."""

    cache_control: Optional[CacheControlEphemeralParam]

    tool_name: Required[str]

    type: Required[Literal["tool_reference"]]
