# Generated from #/components/schemas/RequestTextBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .text_citation_param import TextCitationParam
from .cache_control_ephemeral_param import CacheControlEphemeralParam

__all__ = [
    "TextBlockParam",
]


class TextBlockParam(TypedDict, total=False):
    """Content block of type `text` as sent in a request."""

    cache_control: Optional[CacheControlEphemeralParam]

    citations: Optional[Iterable[TextCitationParam]]

    text: Required[str]

    type: Required[Literal["text"]]
