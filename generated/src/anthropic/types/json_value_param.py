# Generated from #/components/schemas/JsonValue; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import TypeAlias

__all__ = [
    "JsonValueParam",
]


JsonValueParam: TypeAlias = object
"""Any JSON value."""
