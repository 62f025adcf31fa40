# Generated from #/components/schemas/RequestCitationsConfig; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import TypedDict

__all__ = [
    "CitationsConfigParam",
]


class CitationsConfigParam(TypedDict, total=False):
    """Whether the model should cite passages of this document."""

    enabled: bool
