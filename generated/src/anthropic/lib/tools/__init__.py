"""Tool helpers: `@beta_tool` / `@beta_async_tool`, the tool runners, and the memory tool base classes.

Names load on first use: the beta messages resource imports this package (for `tool_runner`)
and should not pay for pydantic schema machinery until a tool is made.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Dict, Tuple

if TYPE_CHECKING:
    from ._beta_runner import (
        BetaToolRunner as BetaToolRunner,
        BetaAsyncToolRunner as BetaAsyncToolRunner,
        BetaStreamingToolRunner as BetaStreamingToolRunner,
        BetaAsyncStreamingToolRunner as BetaAsyncStreamingToolRunner,
    )
    from ._beta_functions import (
        BetaFunctionTool as BetaFunctionTool,
        BetaAsyncFunctionTool as BetaAsyncFunctionTool,
        BetaBuiltinFunctionTool as BetaBuiltinFunctionTool,
        BetaFunctionToolResultType as BetaFunctionToolResultType,
        BetaAsyncBuiltinFunctionTool as BetaAsyncBuiltinFunctionTool,
        beta_tool as beta_tool,
        beta_async_tool as beta_async_tool,
    )
    from ._beta_tool_errors import (
        redact_secrets as redact_secrets,
        default_tool_error_text as default_tool_error_text,
    )
    from ._beta_compaction_control import CompactionControl as CompactionControl
    from ._beta_builtin_memory_tool import (
        BetaAbstractMemoryTool as BetaAbstractMemoryTool,
        BetaAsyncAbstractMemoryTool as BetaAsyncAbstractMemoryTool,
    )

_EXPORTS: Dict[str, Tuple[str, ...]] = {
    "._beta_functions": (
        "beta_tool",
        "beta_async_tool",
        "BetaFunctionTool",
        "BetaAsyncFunctionTool",
        "BetaBuiltinFunctionTool",
        "BetaAsyncBuiltinFunctionTool",
        "BetaFunctionToolResultType",
    ),
    "._beta_runner": (
        "BetaToolRunner",
        "BetaAsyncToolRunner",
        "BetaStreamingToolRunner",
        "BetaAsyncStreamingToolRunner",
    ),
    "._beta_builtin_memory_tool": ("BetaAbstractMemoryTool", "BetaAsyncAbstractMemoryTool"),
    "._beta_compaction_control": ("CompactionControl",),
    "._beta_tool_errors": ("default_tool_error_text", "redact_secrets"),
}
_WHERE = {name: module for module, names in _EXPORTS.items() for name in names}

__all__ = [
    "beta_tool",
    "beta_async_tool",
    "BetaFunctionTool",
    "BetaAsyncFunctionTool",
    "BetaBuiltinFunctionTool",
    "BetaAsyncBuiltinFunctionTool",
    "BetaFunctionToolResultType",
    "BetaToolRunner",
    "BetaAsyncToolRunner",
    "BetaStreamingToolRunner",
    "BetaAsyncStreamingToolRunner",
    "BetaAbstractMemoryTool",
    "BetaAsyncAbstractMemoryTool",
    "CompactionControl",
    "default_tool_error_text",
    "redact_secrets",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> Any:
    return sorted(set(globals()) | set(__all__))
