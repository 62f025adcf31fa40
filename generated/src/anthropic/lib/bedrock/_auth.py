"""SigV4 signing of Bedrock requests with botocore, and the AWS credential chain behind it.

Credentials are looked up at every request (`get_frozen_credentials()`), so refreshable ones
(assumed roles, SSO, `credential_process`, instance roles) are renewed when they near expiry.
"""

from __future__ import annotations

import importlib
from typing import Any, Dict, Mapping, Optional

import httpx

from ..._utils import lru_cache
from ..._exceptions import MissingCredentialsError
from .._extras._common import import_optional

# botocore ships no type information, so its objects are `Any` here (its modules are imported
# through importlib for the same reason: a type checker has nothing to read in them).
Session = Any

__all__ = ["aws_session", "region_from_config", "sign_request", "get_auth_headers"]

SERVICE_NAME = "bedrock"

# Written into a request by the signer; everything else it signs is already on the request.
_SIGNATURE_HEADERS = ("Authorization", "X-Amz-Date", "X-Amz-Security-Token")


@lru_cache(maxsize=64)
def aws_session(
    *,
    profile: Optional[str],
    access_key: Optional[str],
    secret_key: Optional[str],
    session_token: Optional[str],
) -> Session:
    """One botocore session per set of options, shared by clients and their copies: building one
    reads the AWS config files, and it caches the credentials it resolves."""
    botocore_session = import_optional("botocore.session", library="botocore", extra="bedrock")
    session = botocore_session.Session(profile=profile)
    if access_key is not None or secret_key is not None:
        session.set_credentials(access_key, secret_key, session_token)
    return session


def region_from_config(session: Session) -> Optional[str]:
    """The region the AWS configuration names (AWS_DEFAULT_REGION, or the profile's `region`)."""
    region = session.get_config_variable("region")
    return region if isinstance(region, str) and region else None


def _frozen_credentials(session: Session) -> Any:
    credentials = session.get_credentials()
    if credentials is None:
        raise MissingCredentialsError(
            "No AWS credentials found for Bedrock: pass `aws_access_key` and `aws_secret_key` (or "
            "`aws_profile`), or configure the AWS credential chain (AWS_ACCESS_KEY_ID and "
            "AWS_SECRET_ACCESS_KEY, AWS_PROFILE, ~/.aws/credentials, an instance role ...)."
        )
    # Refreshable credentials renew themselves here when they are about to expire.
    return credentials.get_frozen_credentials()


def _signed_headers(
    *, method: str, url: str, headers: Mapping[str, str], body: bytes, session: Session, region: str
) -> Dict[str, str]:
    auth: Any = importlib.import_module("botocore.auth")
    awsrequest: Any = importlib.import_module("botocore.awsrequest")
    botocore_credentials: Any = importlib.import_module("botocore.credentials")

    frozen = _frozen_credentials(session)
    # A proxy may drop or rewrite `Connection`, so it is left out of what the signature covers.
    to_sign = {name: value for name, value in headers.items() if name.lower() != "connection"}
    aws_request = awsrequest.AWSRequest(method=method.upper(), url=url, headers=to_sign, data=body)
    credentials = botocore_credentials.Credentials(frozen.access_key, frozen.secret_key, frozen.token)
    auth.SigV4Auth(credentials, SERVICE_NAME, region).add_auth(aws_request)
    return {name: aws_request.headers[name] for name in _SIGNATURE_HEADERS if name in aws_request.headers}


def sign_request(request: httpx.Request, *, session: Session, region: str) -> None:
    """Add the SigV4 `Authorization`, `X-Amz-Date` (and session token) headers to `request`."""
    signed = _signed_headers(
        method=request.method,
        url=str(request.url),
        headers=dict(request.headers.items()),
        body=request.read(),
        session=session,
        region=region,
    )
    request.headers.update(signed)


def get_auth_headers(
    *,
    method: str,
    url: str,
    headers: httpx.Headers,
    aws_access_key: Optional[str],
    aws_secret_key: Optional[str],
    aws_session_token: Optional[str],
    region: Optional[str],
    profile: Optional[str],
    data: Optional[str],
) -> Dict[str, str]:
    """The signature headers for one request, for code written against 0.79's helper of this name."""
    session = aws_session(
        profile=profile, access_key=aws_access_key, secret_key=aws_secret_key, session_token=aws_session_token
    )
    return _signed_headers(
        method=method,
        url=url,
        headers=dict(headers.items()),
        body=(data or "").encode("utf-8"),
        session=session,
        region=region or region_from_config(session) or "us-east-1",
    )
