# Generated from #/components/schemas/BetaRequestToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_text_block_param import BetaTextBlockParam
from .beta_image_block_param import BetaImageBlockParam
from .beta_search_result_block_param import BetaSearchResultBlockParam
from .beta_tool_reference_block_param import BetaToolReferenceBlockParam
from .beta_request_document_block_param import BetaRequestDocumentBlockParam
from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaToolResultBlockParam",
]


class BetaToolResultBlockParam(TypedDict, total=False):
    """Content block of type `tool_result` as sent in a request. Part of the beta API."""

    cache_control: Optional[BetaCacheControlEphemeralParam]

    content: Union[
        str,
        Iterable[
            Union[
                BetaTextBlockParam,
                BetaImageBlockParam,
                BetaSearchResultBlockParam,
                BetaRequestDocumentBlockParam,
                BetaToolReferenceBlockParam,
            ]
        ],
    ]

    is_error: bool

    tool_use_id: Required[str]

    type: Required[Literal["tool_result"]]
