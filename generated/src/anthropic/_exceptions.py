"""Exception hierarchy raised by the client.

Status-specific classes and the lookup tables below are generated from the API
description; the base classes are hand-written.
"""

from __future__ import annotations

import copy
from typing import Any, Dict, Type, Tuple, Optional, cast

import httpx
from typing_extensions import Literal

from ._utils._logs import redact_headers

__all__ = [
    "AnthropicError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APIConnectionError",
    "APITimeoutError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "RequestTooLargeError",
    "UnprocessableEntityError",
    "RateLimitError",
    "ServiceUnavailableError",
    "DeadlineExceededError",
    "OverloadedError",
    "InternalServerError",
    "STATUS_ERRORS",
    "ERROR_TYPES",
    "make_status_error",
]


def _rebuild(cls: Type[BaseException], args: Tuple[Any, ...], state: Dict[str, Any]) -> BaseException:
    # Bypasses __init__, whose keyword-only signatures pickle's default protocol cannot call.
    err = cls.__new__(cls, *args)
    err.args = args
    err.__dict__.update(state)
    return err


def _redacted_request(request: httpx.Request) -> httpx.Request:
    clone = copy.copy(request)
    clone.headers = httpx.Headers(redact_headers(request.headers.multi_items()))
    return clone


def _picklable_state(state: Dict[str, Any]) -> Dict[str, Any]:
    """A copy of an error's attributes that is safe to ship to another process or a log store:
    the request (and the response's request) carry credential headers, which are redacted."""
    state = dict(state)
    request = state.get("request")
    if isinstance(request, httpx.Request):
        state["request"] = _redacted_request(request)
    response = state.get("response")
    if isinstance(response, httpx.Response):
        clone = copy.copy(response)  # httpx drops the (unpicklable) network stream here
        try:
            original: Optional[httpx.Request] = response.request
        except RuntimeError:  # a response built without a request
            original = None
        if original is not None:
            redacted = state.get("request")
            if original is not request or not isinstance(redacted, httpx.Request):
                redacted = _redacted_request(original)
            clone.request = redacted
        state["response"] = clone
    return state


class AnthropicError(Exception):
    """Base class of every error this package raises on purpose.

    Every subclass pickles (errors cross process pools) whatever its constructor's signature;
    credential headers on the attached request are redacted in the pickled copy.
    """

    def __reduce__(self) -> Tuple[Any, ...]:
        return (_rebuild, (type(self), self.args, _picklable_state(self.__dict__)))


class MissingCredentialsError(AnthropicError, TypeError):
    """No credential was configured when a request needed one.

    It is also a ``TypeError`` because that is what earlier releases raised here, and callers catch it.
    """


class APIError(AnthropicError):
    """An error tied to a specific HTTP request.

    `body` is the decoded JSON error body when there was one, the raw text when it
    wasn't JSON, and None when no response was received.
    """

    message: str
    request: httpx.Request
    body: Optional[object]

    def __init__(self, message: str, request: httpx.Request, *, body: Optional[object]) -> None:
        super().__init__(message)
        self.request = request
        self.message = message
        self.body = body

    @property
    def type(self) -> Optional[str]:
        """The API's `error.type` (e.g. `"rate_limit_error"`) when the body carries one."""
        return _error_field(self.body, "type")

    @property
    def code(self) -> Optional[str]:
        return _error_field(self.body, "code")


def _json_object(value: object) -> Optional[Dict[str, object]]:
    return cast("Dict[str, object]", value) if isinstance(value, dict) else None


def _error_field(body: object, name: str) -> Optional[str]:
    err = _json_object((_json_object(body) or {}).get("error"))
    value = err.get(name) if err is not None else None
    return value if isinstance(value, str) else None


class APIResponseValidationError(APIError):
    """The response could not be parsed into the declared type (strict mode, bad JSON, ...)."""

    response: httpx.Response
    status_code: int
    request_id: Optional[str]

    def __init__(self, response: httpx.Response, body: Optional[object], *, message: Optional[str] = None) -> None:
        super().__init__(message or "Data returned by API invalid for expected schema.", response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = response.headers.get("request-id")


class APIStatusError(APIError):
    """The API answered with an error status (or an error event inside a stream)."""

    response: httpx.Response
    status_code: int
    request_id: Optional[str]

    def __init__(self, message: str, *, response: httpx.Response, body: Optional[object]) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = response.headers.get("request-id")


class APIConnectionError(APIError):
    """No usable response: DNS, TCP, TLS or mid-body transport failure."""

    def __init__(self, *, message: str = "Connection error.", request: httpx.Request) -> None:
        super().__init__(message, request, body=None)


class APITimeoutError(APIConnectionError):
    def __init__(self, request: httpx.Request) -> None:
        super().__init__(
            message=(
                "Request timed out or interrupted. This could be due to a network timeout, dropped connection, "
                "or request cancellation. See https://docs.anthropic.com/en/api/errors#long-requests for more details."
            ),
            request=request,
        )


class BadRequestError(APIStatusError):
    """The request was malformed or had invalid parameters."""

    status_code: Literal[400] = 400  # pyright: ignore[reportIncompatibleVariableOverride]


class AuthenticationError(APIStatusError):
    """The credential is missing or invalid."""

    status_code: Literal[401] = 401  # pyright: ignore[reportIncompatibleVariableOverride]


class PermissionDeniedError(APIStatusError):
    """The credential may not use this resource."""

    status_code: Literal[403] = 403  # pyright: ignore[reportIncompatibleVariableOverride]


class NotFoundError(APIStatusError):
    """The resource does not exist."""

    status_code: Literal[404] = 404  # pyright: ignore[reportIncompatibleVariableOverride]


class ConflictError(APIStatusError):
    """The request conflicts with the resource's current state."""

    status_code: Literal[409] = 409  # pyright: ignore[reportIncompatibleVariableOverride]


class RequestTooLargeError(APIStatusError):
    """The request body is larger than the API accepts."""

    status_code: Literal[413] = 413  # pyright: ignore[reportIncompatibleVariableOverride]


class UnprocessableEntityError(APIStatusError):
    """The request was well-formed but could not be processed."""

    status_code: Literal[422] = 422  # pyright: ignore[reportIncompatibleVariableOverride]


class RateLimitError(APIStatusError):
    """Too many requests; back off and retry."""

    status_code: Literal[429] = 429  # pyright: ignore[reportIncompatibleVariableOverride]


class ServiceUnavailableError(APIStatusError):
    """The service is temporarily unavailable."""

    status_code: Literal[503] = 503  # pyright: ignore[reportIncompatibleVariableOverride]


class DeadlineExceededError(APIStatusError):
    """The request took longer than the API allows."""

    status_code: Literal[504] = 504  # pyright: ignore[reportIncompatibleVariableOverride]


class OverloadedError(APIStatusError):
    """The API is temporarily overloaded."""

    status_code: Literal[529] = 529  # pyright: ignore[reportIncompatibleVariableOverride]


class InternalServerError(APIStatusError):
    """The API failed with an unexpected server error."""


STATUS_ERRORS: Dict[int, Type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: RequestTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    529: OverloadedError,
}

ERROR_TYPES: Dict[str, Type[APIStatusError]] = {
    "invalid_request_error": BadRequestError,
    "authentication_error": AuthenticationError,
    "permission_error": PermissionDeniedError,
    "not_found_error": NotFoundError,
    "request_too_large": RequestTooLargeError,
    "rate_limit_error": RateLimitError,
    "timeout_error": DeadlineExceededError,
    "overloaded_error": OverloadedError,
    "api_error": InternalServerError,
}

_SERVER_ERROR: Optional[Type[APIStatusError]] = InternalServerError


def make_status_error(message: str, *, body: object, response: httpx.Response) -> APIStatusError:
    """Pick the most specific error class for a failed response.

    The HTTP status decides first. A 2xx status means the error arrived inside an
    otherwise successful stream, so the body's `error.type` decides instead.
    """
    status = response.status_code
    cls = STATUS_ERRORS.get(status)
    if cls is None and status >= 500 and _SERVER_ERROR is not None:
        cls = _SERVER_ERROR
    if cls is None and 200 <= status < 300:
        error_type = _error_field(body, "type")
        top_level = (_json_object(body) or {}).get("type")
        if error_type is None and isinstance(top_level, str):
            # some stream payloads put the error type at the top level
            error_type = None if top_level == "error" else top_level
        if error_type is not None:
            cls = ERROR_TYPES.get(error_type)
    return (cls or APIStatusError)(message, response=response, body=body)
