# Generated from #/components/schemas/InputMessage; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Iterable

from typing_extensions import Literal, Required, TypedDict

from .content_block import ContentBlock
from .content_block_param import ContentBlockParam

__all__ = [
    "MessageParam",
]


class MessageParam(TypedDict, total=False):
    """One turn of the conversation, either from the user or from the assistant."""

    content: Required[Union[str, Iterable[Union[ContentBlockParam, ContentBlock]]]]

    role: Required[Literal["user", "assistant"]]
