# Generated from #/components/schemas/BetaRequestCitationsConfig; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import TypedDict

__all__ = [
    "BetaCitationsConfigParam",
]


class BetaCitationsConfigParam(TypedDict, total=False):
    """Whether the model should cite passages of this document. Part of the beta API."""

    enabled: bool
