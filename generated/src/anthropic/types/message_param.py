# Generated from #/components/schemas/InputMessage; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Iterable

from typing_extensions import Literal, Required, TypedDict

from .input_content_block_param import InputContentBlockParam

__all__ = [
    "MessageParam",
]


class MessageParam(TypedDict, total=False):
    """One turn of the conversation, either from the user or from the assistant."""

    content: Required[Union[str, Iterable[InputContentBlockParam]]]

    role: Required[Literal["user", "assistant"]]
