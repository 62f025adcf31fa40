# Generated from #/components/schemas/CodeExecutionTool_20250522; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .cache_control_ephemeral_param import CacheControlEphemeralParam

__all__ = [
    "CodeExecutionTool20250522Param",
]


class CodeExecutionTool20250522Param(TypedDict, total=False):
    """Definition of the built-in `code_execution` tool, version `code_execution_20250522`."""

    allowed_callers: Iterable[Literal["direct", "code_execution_20250825", "code_execution_20260120"]]

    cache_control: Optional[CacheControlEphemeralParam]

    defer_loading: bool

    name: Required[Literal["code_execution"]]

    strict: bool

    type: Required[Literal["code_execution_20250522"]]
