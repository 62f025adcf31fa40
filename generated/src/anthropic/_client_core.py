"""`BaseClient`: configuration, default headers, error and response dispatch shared by both clients."""

from __future__ import annotations

import uuid
import inspect
import logging
from typing import Any, Dict, Type, Tuple, Union, Generic, Mapping, TypeVar, Optional, cast

import httpx
import jiter
import pydantic

from ._qs import Querystring
from ._types import Omit, Headers, Timeout, ModelBuilderProtocol
from ._utils import is_given, get_origin
from ._models import FinalRequestOptions, validate_type, construct_type
from ._retries import retry_delay
from ._platform import platform_headers as _platform_headers
from ._response import APIResponse, BaseAPIResponse, AsyncAPIResponse, extract_response_type
from ._constants import (
    DEFAULT_TIMEOUT,
    IDEMPOTENCY_HEADER,
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_AFTER,
    MODEL_NONSTREAMING_TOKENS,
)
from ._streaming import Stream, SSEDecoder, AsyncStream, SSEBytesDecoder
from ._exceptions import APIStatusError, APIResponseValidationError
from ._utils._logs import setup_logging, redact_headers
from ._legacy_response import LegacyAPIResponse
from ._request_building import pop_markers

__all__ = ["BaseClient"]

log = logging.getLogger("anthropic")

_HttpxClientT = TypeVar("_HttpxClientT", bound=Union[httpx.Client, httpx.AsyncClient])
_DefaultStreamT = TypeVar("_DefaultStreamT", bound=Union[Stream[Any], AsyncStream[Any]])

# httpx's own default; a user client still carrying it gets our longer default instead
_HTTPX_DEFAULT_TIMEOUT = httpx.Timeout(5.0)


class BaseClient(Generic[_HttpxClientT, _DefaultStreamT]):
    _client: _HttpxClientT
    _version: str
    _base_url: httpx.URL
    max_retries: int
    max_retry_after: float
    timeout: Union[float, Timeout, None]
    _strict_response_validation: bool
    _idempotency_header: Optional[str] = IDEMPOTENCY_HEADER
    _default_stream_cls: Optional[Type[_DefaultStreamT]] = None

    def __init__(
        self,
        *,
        version: str,
        base_url: Union[str, httpx.URL],
        _strict_response_validation: bool,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: Union[float, Timeout, None] = DEFAULT_TIMEOUT,
        custom_headers: Optional[Mapping[str, str]] = None,
        custom_query: Optional[Mapping[str, object]] = None,
        max_retry_after: float = DEFAULT_MAX_RETRY_AFTER,
    ) -> None:
        setup_logging()
        if cast(object, max_retries) is None:  # checked at run time: callers without a type checker pass None
            raise TypeError(
                "max_retries cannot be None. If you want to disable retries, pass `0`; if you want unlimited "
                "retries, pass `math.inf` or a very high number; if you want the default behavior, pass "
                "`anthropic.DEFAULT_MAX_RETRIES`"
            )
        self._version = version
        self._base_url = self._enforce_trailing_slash(httpx.URL(base_url))
        given_after = cast(object, max_retry_after)  # checked at run time: callers without a type checker pass anything
        if isinstance(given_after, bool) or not isinstance(given_after, (int, float)) or given_after < 0:
            raise ValueError(f"max_retry_after must be a number of seconds >= 0, got {max_retry_after!r}")
        self.max_retries = max_retries
        self.max_retry_after = float(max_retry_after)
        self.timeout = timeout
        self._custom_headers = dict(custom_headers or {})
        self._custom_query = dict(custom_query or {})
        self._strict_response_validation = _strict_response_validation

    # -- configuration ------------------------------------------------------

    @staticmethod
    def _enforce_trailing_slash(url: httpx.URL) -> httpx.URL:
        return url if url.raw_path.endswith(b"/") else url.copy_with(raw_path=url.raw_path + b"/")

    @property
    def base_url(self) -> httpx.URL:
        return self._base_url

    @base_url.setter
    def base_url(self, url: Union[httpx.URL, str]) -> None:
        self._base_url = self._enforce_trailing_slash(url if isinstance(url, httpx.URL) else httpx.URL(url))

    @property
    def qs(self) -> Querystring:
        # the Claude API expects list query params comma-separated (`?ids=a,b`)
        return Querystring(array_format="comma")

    @property
    def custom_auth(self) -> Optional[httpx.Auth]:
        return None

    @property
    def auth_headers(self) -> Dict[str, str]:
        return {}

    @property
    def user_agent(self) -> str:
        return f"{self.__class__.__name__}/Python {self._version}"

    def platform_headers(self) -> Dict[str, str]:
        return _platform_headers(self._version)

    @property
    def default_headers(self) -> Dict[str, Union[str, Omit]]:
        return {
            "Accept": "application/json",
            "Content-Type": "application/json",
            "User-Agent": self.user_agent,
            **self.platform_headers(),
            "X-Stainless-Async": self._async_label(),
            **self.auth_headers,
            **self._custom_headers,
        }

    def _async_label(self) -> str:
        return "false"

    @property
    def default_query(self) -> Dict[str, object]:
        return dict(self._custom_query)

    def _validate_headers(self, headers: Headers, custom_headers: Headers) -> None:
        """Hook: raise if the final headers can't authenticate. Default accepts anything."""
        return None

    def _idempotency_key(self) -> str:
        return f"stainless-python-retry-{uuid.uuid4()}"

    def _make_sse_decoder(self) -> SSEBytesDecoder:
        return SSEDecoder()

    # -- errors ---------------------------------------------------------------

    def _make_status_error(self, err_msg: str, *, body: object, response: httpx.Response) -> APIStatusError:
        raise NotImplementedError()

    def _unreadable_error_body(self, response: httpx.Response, err: Exception) -> APIStatusError:
        # The status is known even when the connection failed while reading the error body.
        message = f"Error code: {response.status_code} (the error body could not be read: {type(err).__name__})"
        return self._make_status_error(message, body=None, response=response)

    def _make_status_error_from_response(self, response: httpx.Response) -> APIStatusError:
        if response.is_closed and not response.is_stream_consumed:
            # closed before anyone read it (e.g. by an event hook): nothing to show
            return self._make_status_error(f"Error code: {response.status_code}", body=None, response=response)
        text = response.text.strip()
        body: object = text
        try:
            body = jiter.from_json(text.encode("utf-8"))
            message = f"Error code: {response.status_code} - {body}"
        except ValueError:
            message = text or f"Error code: {response.status_code}"
        return self._make_status_error(message, body=body, response=response)

    # -- parsing --------------------------------------------------------------

    def _process_response_data(self, *, data: object, cast_to: Any, response: httpx.Response) -> Any:
        """Build `cast_to` from decoded JSON: validate, then (unless strict) fall back to lenient construction."""
        if data is None:
            return None
        if cast_to is object:
            return data
        try:
            if inspect.isclass(cast_to) and issubclass(cast_to, ModelBuilderProtocol):
                return cast_to.build(response=response, data=data)
            if self._strict_response_validation:
                return validate_type(type_=cast_to, value=data)
            return construct_type(type_=cast_to, value=data)
        except pydantic.ValidationError as err:
            raise APIResponseValidationError(response=response, body=data) from err

    def _wrap_response(
        self,
        *,
        mode: Optional[str],
        cast_to: Any,
        options: FinalRequestOptions,
        response: httpx.Response,
        stream: bool,
        stream_cls: Any,
        retries_taken: int,
        api_response_cls: Type[BaseAPIResponse[Any]],
    ) -> Any:
        """The response object to return, or None when the caller should parse `api_response_cls` itself."""
        common: Dict[str, Any] = dict(
            raw=response,
            client=self,
            stream=stream,
            stream_cls=stream_cls,
            options=options,
            retries_taken=retries_taken,
        )
        if mode == "true":
            return LegacyAPIResponse(cast_to=cast_to, **common)
        origin = get_origin(cast_to) or cast_to
        if inspect.isclass(origin) and issubclass(origin, BaseAPIResponse) and (not stream or mode):
            if not issubclass(origin, (APIResponse, AsyncAPIResponse)):
                raise TypeError(f"API Response types must subclass {APIResponse}; Received {origin}")
            return cast_to(cast_to=extract_response_type(cast_to), **common)
        if cast_to == httpx.Response:
            return response
        return api_response_cls(cast_to=cast_to, **common)

    def _log_request(self, request: httpx.Request, options: FinalRequestOptions) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug("Request options: %s", options.to_log_dict())
            log.debug(
                "Sending HTTP Request: %s %s headers=%s",
                request.method,
                request.url,
                redact_headers(request.headers.items()),
            )

    def _log_response(self, request: httpx.Request, response: httpx.Response) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                'HTTP Response: %s %s "%i %s" %s',
                request.method,
                request.url,
                response.status_code,
                response.reason_phrase,
                redact_headers(response.headers.items()),
            )
            log.debug("request_id: %s", response.headers.get("request-id"))

    def _retry_delay(self, *, retries_taken: int, response: Optional[httpx.Response]) -> Optional[float]:
        """Seconds before the next attempt; None when the server asked for more than `max_retry_after`."""
        return retry_delay(
            retries_taken=retries_taken,
            headers=response.headers if response is not None else None,
            max_retry_after=self.max_retry_after,
        )

    def _check_long_request(self, options: FinalRequestOptions, *, stream: bool) -> None:
        """Refuse a non-streaming generation that could outlast the default 10-minute read timeout.

        Applies to POST bodies with an integer `max_tokens` (message creation) when neither the
        call nor the client chose a timeout: at the slowest expected rate (128,000 tokens an hour)
        such a call may still be generating when the default timeout ends it. Models with a
        documented non-streaming ceiling are held to it as well.
        """
        if stream or is_given(options.timeout) or self.timeout != DEFAULT_TIMEOUT:
            return
        body = options.json_data
        if options.method.lower() != "post" or not isinstance(body, Mapping):
            return
        body = cast("Mapping[str, object]", body)
        max_tokens = body.get("max_tokens")
        if not isinstance(max_tokens, int) or isinstance(max_tokens, bool):
            return
        model = body.get("model")
        ceiling = MODEL_NONSTREAMING_TOKENS.get(model) if isinstance(model, str) else None
        if ceiling is not None and max_tokens > ceiling:
            reason = f"model {model!r} allows at most {ceiling} max_tokens without streaming"
        elif max_tokens * 3600 / 128_000 > 600:
            reason = f"max_tokens={max_tokens} may take longer than 10 minutes to generate"
        else:
            return
        raise ValueError(
            f"This request needs streaming: {reason}. Pass stream=True (or use messages.stream()), "
            "or set `timeout` on the call or the client to allow a long non-streaming request."
        )

    def _start(
        self, cast_to: Any, options: FinalRequestOptions, *, stream: bool
    ) -> Tuple[Any, FinalRequestOptions, Optional[str], int]:
        """Per-call setup shared by the sync and async loops; runs before any request is sent."""
        options = options.model_copy()  # never mutate the caller's options
        mode, override = pop_markers(options)
        if override is not None:
            cast_to = override
        self._check_long_request(options, stream=stream)
        if options.idempotency_key is None and options.method.lower() == "post":
            # one key for all attempts of this call, so the server can de-duplicate retries
            options.idempotency_key = self._idempotency_key()
        return cast_to, options, mode, options.get_max_retries(self.max_retries)
