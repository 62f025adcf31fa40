"""The error raised when a platform client needs a package its extra would have installed."""

from __future__ import annotations

import importlib
from types import ModuleType

from ..._exceptions import AnthropicError

__all__ = ["MissingDependencyError", "import_optional"]


class MissingDependencyError(AnthropicError, ImportError):
    """An optional package is not installed; the message names the extra that installs it.

    It is also an ``ImportError``, so code that already guards optional imports keeps working.
    """

    def __init__(self, *, library: str, extra: str) -> None:
        super().__init__(
            f"`{library}` is not installed, and this client needs it. "
            f"Install the `{extra}` extra: pip install 'anthropic[{extra}]'"
        )
        self.library = library
        self.extra = extra


def import_optional(module: str, *, library: str, extra: str) -> ModuleType:
    """Import `module`, or raise `MissingDependencyError` naming `library` and `extra`."""
    try:
        return importlib.import_module(module)
    except ImportError as err:
        raise MissingDependencyError(library=library, extra=extra) from err
