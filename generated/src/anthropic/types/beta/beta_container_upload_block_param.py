# Generated from #/components/schemas/BetaRequestContainerUploadBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaContainerUploadBlockParam",
]


class BetaContainerUploadBlockParam(TypedDict, total=False):
    """Content block of type `container_upload` as sent in a request. Part of the beta API."""

    cache_control: Optional[BetaCacheControlEphemeralParam]

    file_id: Required[str]

    type: Required[Literal["container_upload"]]
