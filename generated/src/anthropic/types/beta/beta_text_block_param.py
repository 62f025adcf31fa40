# Generated from #/components/schemas/BetaRequestTextBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_text_citation_param import BetaTextCitationParam
from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaTextBlockParam",
]


class BetaTextBlockParam(TypedDict, total=False):
    """Content block of type `text` as sent in a request. Part of the beta API."""

    cache_control: Optional[BetaCacheControlEphemeralParam]

    citations: Optional[Iterable[BetaTextCitationParam]]

    text: Required[str]

    type: Required[Literal["text"]]
