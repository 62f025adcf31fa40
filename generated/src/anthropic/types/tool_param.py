# Generated from #/components/schemas/Tool; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Dict, Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .json_value_param import JsonValueParam
from .input_schema_param import InputSchemaParam
from .cache_control_ephemeral_param import CacheControlEphemeralParam

__all__ = [
    "ToolParam",
]


class ToolParam(TypedDict, total=False):
    """A custom tool the model may call, described by a name and a JSON Schema for its input."""

    type: Optional[Literal["custom"]]

    description: str

    name: Required[str]

    input_schema: Required[InputSchemaParam]

    cache_control: Optional[CacheControlEphemeralParam]

    strict: bool

    eager_input_streaming: Optional[bool]

    allowed_callers: Iterable[Literal["direct", "code_execution_20250825", "code_execution_20260120"]]

    defer_loading: bool

    input_examples: Iterable[Dict[str, JsonValueParam]]
