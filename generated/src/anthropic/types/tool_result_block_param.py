# Generated from #/components/schemas/RequestToolResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .text_block_param import TextBlockParam
from .image_block_param import ImageBlockParam
from .document_block_param import DocumentBlockParam
from .search_result_block_param import SearchResultBlockParam
from .tool_reference_block_param import ToolReferenceBlockParam
from .cache_control_ephemeral_param import CacheControlEphemeralParam

__all__ = [
    "ToolResultBlockParam",
]


class ToolResultBlockParam(TypedDict, total=False):
    """Content block of type `tool_result` as sent in a request."""

    cache_control: Optional[CacheControlEphemeralParam]

    content: Union[
        str,
        Iterable[
            Union[TextBlockParam, ImageBlockParam, SearchResultBlockParam, DocumentBlockParam, ToolReferenceBlockParam]
        ],
    ]

    is_error: bool

    tool_use_id: Required[str]

    type: Required[Literal["tool_result"]]
