# Generated from #/components/schemas/BetaRequestImageBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_url_image_source_param import BetaURLImageSourceParam
from .beta_file_image_source_param import BetaFileImageSourceParam
from .beta_base64_image_source_param import BetaBase64ImageSourceParam
from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaImageBlockParam",
]


class BetaImageBlockParam(TypedDict, total=False):
    """Content block of type `image` as sent in a request. Part of the beta API."""

    cache_control: Optional[BetaCacheControlEphemeralParam]

    source: Required[Union[BetaBase64ImageSourceParam, BetaURLImageSourceParam, BetaFileImageSourceParam]]

    type: Required[Literal["image"]]
