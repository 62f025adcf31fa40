# Generated from #/components/schemas/JsonOutputFormat; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Dict

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "JSONOutputFormatParam",
]


class JSONOutputFormatParam(TypedDict, total=False):
    """Ask for output that conforms to the given JSON Schema."""

    schema: Required[Dict[str, object]]

    type: Required[Literal["json_schema"]]
