# Generated from #/components/schemas/BetaRequestTextBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_char_location_citation_param import BetaCharLocationCitationParam
from .beta_page_location_citation_param import BetaPageLocationCitationParam
from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_content_block_location_citation_param import BetaContentBlockLocationCitationParam
from .beta_search_result_location_citation_param import BetaSearchResultLocationCitationParam
from .beta_web_search_result_location_citation_param import BetaWebSearchResultLocationCitationParam

__all__ = [
    "BetaTextBlockParam",
]


class BetaTextBlockParam(TypedDict, total=False):
    """Content block of type `text` as sent in a request. Part of the beta API."""

    cache_control: Optional[BetaCacheControlEphemeralParam]

    citations: Optional[
        Iterable[
            Union[
                BetaCharLocationCitationParam,
                BetaPageLocationCitationParam,
                BetaContentBlockLocationCitationParam,
                BetaWebSearchResultLocationCitationParam,
                BetaSearchResultLocationCitationParam,
            ]
        ]
    ]

    text: Required[str]

    type: Required[Literal["text"]]
