"""Google credentials for the Vertex AI clients: Application Default Credentials and token refresh.

Both functions block (they may call Google's token endpoint); the async client runs them in a
worker thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, Tuple, cast

from ..._exceptions import MissingCredentialsError
from .._extras._common import import_optional
from .._extras._google_auth import load_google_auth

if TYPE_CHECKING:
    from google.auth.credentials import Credentials

__all__ = ["CLOUD_PLATFORM_SCOPE", "load_auth", "refresh_auth"]

CLOUD_PLATFORM_SCOPE = "https://www.googleapis.com/auth/cloud-platform"


def _transport_request() -> Any:
    requests_transport = import_optional(
        "google.auth.transport.requests", library="google-auth[requests]", extra="vertex"
    )
    return requests_transport.Request()


def load_auth(*, project_id: Optional[str]) -> Tuple[Credentials, Optional[str]]:
    """Application Default Credentials, refreshed once, and the project they belong to.

    The project is `project_id` when given, else the one the credentials name (None if neither).
    """
    google_auth = load_google_auth()
    from google.auth.exceptions import DefaultCredentialsError

    try:
        credentials, found_project = google_auth.default(scopes=[CLOUD_PLATFORM_SCOPE])
    except DefaultCredentialsError as err:
        raise MissingCredentialsError(
            "No Google Cloud credentials for Vertex AI: pass `access_token` or `credentials`, or set up "
            "Application Default Credentials (GOOGLE_APPLICATION_CREDENTIALS, "
            "`gcloud auth application-default login`, or a service account on Google Cloud)."
        ) from err
    refresh_auth(credentials)
    project = project_id or found_project
    return credentials, project if isinstance(project, str) and project else None


def refresh_auth(credentials: Credentials) -> None:
    """Fetch a new access token into `credentials`."""
    # google-auth leaves `refresh`'s request parameter unannotated.
    cast(Any, credentials).refresh(_transport_request())
