# Generated from #/components/schemas/BetaInputMessage; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Iterable

from typing_extensions import Literal, Required, TypedDict

from .beta_content_block import BetaContentBlock
from .beta_content_block_param import BetaContentBlockParam

__all__ = [
    "BetaMessageParam",
]


class BetaMessageParam(TypedDict, total=False):
    """One turn of the conversation, either from the user or from the assistant. Part of the beta API."""

    content: Required[Union[str, Iterable[Union[BetaContentBlockParam, BetaContentBlock]]]]

    role: Required[Literal["user", "assistant"]]
