# Generated from #/components/schemas/BetaTextEditor_20241022; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Dict, Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_json_value_param import BetaJsonValueParam
from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaToolTextEditor20241022Param",
]


class BetaToolTextEditor20241022Param(TypedDict, total=False):
    """Definition of the built-in `str_replace_editor` tool, version `text_editor_20241022`. Part of the beta API."""

    allowed_callers: Iterable[Literal["direct", "code_execution_20250825", "code_execution_20260120"]]

    cache_control: Optional[BetaCacheControlEphemeralParam]

    defer_loading: bool

    input_examples: Iterable[Dict[str, BetaJsonValueParam]]

    name: Required[Literal["str_replace_editor"]]

    strict: bool

    type: Required[Literal["text_editor_20241022"]]
