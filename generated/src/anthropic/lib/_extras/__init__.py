"""Optional dependencies of the platform clients, loaded only when a client needs them.

`google_auth` is the `google.auth` module, imported on first access to the attribute.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._common import MissingDependencyError as MissingDependencyError

if TYPE_CHECKING:
    import google.auth

    google_auth = google.auth


def __getattr__(name: str) -> Any:
    if name == "google_auth":
        from ._google_auth import load_google_auth

        return load_google_auth()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
