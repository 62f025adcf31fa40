# Generated from #/components/schemas/BetaRequestSearchResultBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_text_block_param import BetaTextBlockParam
from .beta_citations_config_param import BetaCitationsConfigParam
from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaSearchResultBlockParam",
]


class BetaSearchResultBlockParam(TypedDict, total=False):
    """Content block of type `search_result` as sent in a request. Part of the beta API."""

    cache_control: Optional[BetaCacheControlEphemeralParam]

    citations: BetaCitationsConfigParam

    content: Required[Iterable[BetaTextBlockParam]]

    source: Required[str]

    title: Required[str]

    type: Required[Literal["search_result"]]
