# Generated from #/components/schemas/RequestContainerUploadBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .cache_control_ephemeral_param import CacheControlEphemeralParam

__all__ = [
    "ContainerUploadBlockParam",
]


class ContainerUploadBlockParam(TypedDict, total=False):
    """Content block of type `container_upload` as sent in a request."""

    cache_control: Optional[CacheControlEphemeralParam]

    file_id: Required[str]

    type: Required[Literal["container_upload"]]
