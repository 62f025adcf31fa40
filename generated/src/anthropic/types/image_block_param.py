# Generated from #/components/schemas/RequestImageBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Optional

from typing_extensions import Literal, Required, TypedDict

from .url_image_source_param import URLImageSourceParam
from .base64_image_source_param import Base64ImageSourceParam
from .cache_control_ephemeral_param import CacheControlEphemeralParam

__all__ = [
    "ImageBlockParam",
]


class ImageBlockParam(TypedDict, total=False):
    """Content block of type `image` as sent in a request."""

    cache_control: Optional[CacheControlEphemeralParam]

    source: Required[Union[Base64ImageSourceParam, URLImageSourceParam]]

    type: Required[Literal["image"]]
