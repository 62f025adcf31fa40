# Generated from #/components/schemas/BetaCodeExecutionTool_20260120; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaCodeExecutionTool20260120Param",
]


class BetaCodeExecutionTool20260120Param(TypedDict, total=False):
    """Definition of the built-in `code_execution` tool, version `code_execution_20260120`. Part of the beta API."""

    allowed_callers: Iterable[Literal["direct", "code_execution_20250825", "code_execution_20260120"]]

    cache_control: Optional[BetaCacheControlEphemeralParam]

    defer_loading: bool

    name: Required[Literal["code_execution"]]

    strict: bool

    type: Required[Literal["code_execution_20260120"]]
