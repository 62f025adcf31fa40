"""`google.auth`, imported on first use so that `import anthropic` never loads it."""

from __future__ import annotations

from types import ModuleType

from ._common import import_optional

__all__ = ["load_google_auth"]


def load_google_auth() -> ModuleType:
    """The `google.auth` module; `MissingDependencyError` (extra `vertex`) when it is not installed."""
    return import_optional("google.auth", library="google-auth", extra="vertex")
