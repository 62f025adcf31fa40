# Generated from #/components/schemas/BetaTool; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Dict, Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_json_value_param import BetaJsonValueParam
from .beta_input_schema_param import BetaInputSchemaParam
from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaToolParam",
]


class BetaToolParam(TypedDict, total=False):
    """A custom tool the model may call, described by a name and a JSON Schema for its input. Part of the beta API."""

    type: Optional[Literal["custom"]]

    description: str

    name: Required[str]

    input_schema: Required[BetaInputSchemaParam]

    cache_control: Optional[BetaCacheControlEphemeralParam]

    strict: bool

    eager_input_streaming: Optional[bool]

    allowed_callers: Iterable[Literal["direct", "code_execution_20250825", "code_execution_20260120"]]

    defer_loading: bool

    input_examples: Iterable[Dict[str, BetaJsonValueParam]]
