"""What the Bedrock, Vertex AI and Foundry clients share: errors for what a platform does not offer,
and small helpers for rewriting a first-party request into a platform's shape.
"""

from __future__ import annotations

from typing import Any, Dict, Mapping, Optional, cast
from urllib.parse import quote

from .._exceptions import AnthropicError
from .._models import FinalRequestOptions

__all__ = [
    "UnsupportedByPlatformError",
    "UnsupportedResourceError",
    "unsupported",
    "request_path",
    "header_value",
    "editable_body",
    "model_path_segment",
    "use_json_accept",
    "merge_defaults",
]


class UnsupportedByPlatformError(AnthropicError):
    """The platform (Bedrock, Vertex AI, Foundry) does not offer this endpoint.

    Raised before anything is sent.
    """


class UnsupportedResourceError(UnsupportedByPlatformError, AttributeError):
    """The platform client has no such resource (`client.models` on Bedrock, for example).

    It is also an ``AttributeError``: `hasattr()` and `getattr(client, name, default)` treat the
    resource as absent, which is what it is on that platform.
    """


def _platform_label(client: object) -> str:
    label = getattr(type(client), "_platform_label", None)
    return f"{label} ({type(client).__name__})" if label else type(client).__name__


def unsupported(name: str) -> Any:
    """A read-only attribute that raises `UnsupportedResourceError` naming `name` and the platform.

    Works on a client class (the attribute's owner is the client) and on a resource class (the
    owner's `_client` is the client).
    """

    def fail(self: Any) -> Any:
        from .._client_core import BaseClient

        client = cast(object, self) if isinstance(self, BaseClient) else getattr(self, "_client", self)
        raise UnsupportedResourceError(
            f"`{name}` is not available on {_platform_label(client)}; the first-party `Anthropic` client offers it."
        )

    return property(fail, doc="Not offered by this platform: reading it raises `UnsupportedResourceError`.")


def refuse(client: Any, what: str) -> UnsupportedByPlatformError:
    return UnsupportedByPlatformError(f"{what} is not supported on {_platform_label(client)}.")


def request_path(options: FinalRequestOptions) -> str:
    """The request's URL path without its query string (`/v1/messages?beta=true` → `/v1/messages`)."""
    return options.url.split("?", 1)[0]


def header_value(headers: object, name: str) -> Optional[str]:
    """The string value of header `name` (any case) in a headers mapping, or None."""
    if not isinstance(headers, Mapping):
        return None
    wanted = name.lower()
    for key, value in cast("Mapping[object, object]", headers).items():
        if isinstance(key, str) and key.lower() == wanted and isinstance(value, str):
            return value
    return None


def editable_body(options: FinalRequestOptions, what: str) -> Dict[str, Any]:
    """A copy of the JSON body that this attempt may change; the caller's body is left alone,
    so a retry starts again from the original."""
    body = options.json_data
    if not isinstance(body, Mapping):
        raise TypeError(f"{what} needs a JSON object body, got {type(body).__name__}")
    copied = dict(cast("Mapping[str, Any]", body))
    options.json_data = copied
    return copied


def model_path_segment(body: Dict[str, Any], what: str, *, safe: str) -> str:
    """Remove `model` from the body and return it quoted for use as one URL path segment."""
    model = body.pop("model", None)
    if not isinstance(model, str) or not model:
        raise TypeError(f"{what} needs a non-empty `model` string in the body, got {model!r}")
    return quote(model, safe=safe)


def use_json_accept(options: FinalRequestOptions) -> None:
    """Drop the `Accept: text/event-stream` that streaming `create()` adds.

    The cloud platforms' streaming endpoints are asked for with their own paths, and 0.79 sent its
    usual `Accept: application/json` to them; the client default takes over again.
    """
    headers = options.headers
    if not isinstance(headers, Mapping):
        return
    kept = {k: v for k, v in headers.items() if not (k.lower() == "accept" and v == "text/event-stream")}
    if len(kept) != len(headers):
        options.headers = kept


def merge_defaults(
    current: Mapping[str, Any],
    merge: Optional[Mapping[str, Any]],
    replace: Optional[Mapping[str, Any]],
    *,
    option: str,
) -> Dict[str, Any]:
    """`copy()`'s rule for default headers/query: `option` merges into the current ones, `set_<option>`
    replaces them, and both at once is an error."""
    if merge is not None and replace is not None:
        raise ValueError(f"pass either `{option}` or `set_{option}`, not both")
    if merge is not None:
        return {**current, **merge}
    if replace is not None:
        return dict(replace)
    return dict(current)


def without_async_label(headers: Dict[str, Any]) -> Dict[str, Any]:
    """The Bedrock and Vertex clients of 0.79 do not send `X-Stainless-Async`; neither do these."""
    return {k: v for k, v in headers.items() if k.lower() != "x-stainless-async"}
