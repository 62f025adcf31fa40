# Generated from #/components/schemas/UserLocation; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "UserLocationParam",
]


class UserLocationParam(TypedDict, total=False):
    """Approximate location of the end user, used to localise web search results."""

    city: Optional[str]

    country: Optional[str]

    region: Optional[str]

    timezone: Optional[str]

    type: Required[Literal["approximate"]]
