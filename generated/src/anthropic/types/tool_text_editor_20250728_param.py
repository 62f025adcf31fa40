# Generated from #/components/schemas/TextEditor_20250728; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Dict, Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .json_value_param import JsonValueParam
from .cache_control_ephemeral_param import CacheControlEphemeralParam

__all__ = [
    "ToolTextEditor20250728Param",
]


class ToolTextEditor20250728Param(TypedDict, total=False):
    """Definition of the built-in `str_replace_based_edit_tool` tool, version `text_editor_20250728`."""

    allowed_callers: Iterable[Literal["direct", "code_execution_20250825", "code_execution_20260120"]]

    cache_control: Optional[CacheControlEphemeralParam]

    defer_loading: bool

    input_examples: Iterable[Dict[str, JsonValueParam]]

    max_characters: Optional[int]

    name: Required[Literal["str_replace_based_edit_tool"]]

    strict: bool

    type: Required[Literal["text_editor_20250728"]]
