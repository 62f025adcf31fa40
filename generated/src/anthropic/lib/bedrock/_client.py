"""`AnthropicBedrock` / `AsyncAnthropicBedrock`: the Claude API through Amazon Bedrock.

A request is built exactly as for the first-party API, then reshaped for Bedrock before it is sent:
the model moves from the body into the path (`/model/{model}/invoke`, or
`/model/{model}/invoke-with-response-stream` when streaming), `anthropic_version` (and the
`anthropic-beta` values as `anthropic_beta`) go into the body, and the finished request is signed
with SigV4. Streams arrive as AWS event-stream frames and are decoded into the usual events.
"""

from __future__ import annotations

import os
import logging
from typing import TYPE_CHECKING, Any, Dict, Union, Mapping, TypeVar, Callable, Optional
from functools import cached_property

import httpx
from typing_extensions import Self, override

from ..._types import NOT_GIVEN, Omit, Timeout, NotGiven
from ..._utils import is_given
from ..._models import FinalRequestOptions
from ..._version import __version__
from ..._streaming import Stream, AsyncStream, SSEBytesDecoder
from ..._exceptions import APIStatusError, make_status_error
from ..._base_client import DEFAULT_MAX_RETRIES, BaseClient, SyncAPIClient, AsyncAPIClient
from ._stream_decoder import AWSEventStreamDecoder, stream_exception_class
from .._extras._common import import_optional
from .._platform_common import (
    refuse,
    unsupported,
    header_value,
    request_path,
    editable_body,
    merge_defaults,
    use_json_accept,
    model_path_segment,
    without_async_label,
)

if TYPE_CHECKING:
    from ._auth import Session
    from .._platform_resources import (
        MessagesOnlyBeta,
        PlatformMessages,
        AsyncMessagesOnlyBeta,
        AsyncPlatformMessages,
    )
    from ...resources.completions import Completions, AsyncCompletions

__all__ = ["AnthropicBedrock", "AsyncAnthropicBedrock", "BaseBedrockClient", "DEFAULT_VERSION"]

log: logging.Logger = logging.getLogger("anthropic")

DEFAULT_VERSION = "bedrock-2023-05-31"
"""The `anthropic_version` sent in every request body unless the body sets its own."""

FALLBACK_REGION = "us-east-1"

# First-party endpoints that Bedrock serves as a model invocation.
_INVOKED_PATHS = frozenset({"/v1/messages", "/v1/complete"})

_HttpxClientT = TypeVar("_HttpxClientT", bound=Union[httpx.Client, httpx.AsyncClient])
_DefaultStreamT = TypeVar("_DefaultStreamT", bound=Union[Stream[Any], AsyncStream[Any]])


def _infer_region(session: Callable[[], Session]) -> str:
    """AWS_REGION, else the AWS configuration (AWS_DEFAULT_REGION, the profile's region), else us-east-1."""
    region = os.environ.get("AWS_REGION")
    if region:
        return region
    from ._auth import region_from_config

    region = region_from_config(session())
    if region:
        return region
    log.warning("No AWS region found (aws_region, AWS_REGION or the AWS config); using %s", FALLBACK_REGION)
    return FALLBACK_REGION


class BaseBedrockClient(BaseClient[_HttpxClientT, _DefaultStreamT]):
    """What the sync and async Bedrock clients share: options, request rewriting, signing, errors."""

    _platform_label = "Amazon Bedrock"
    # 0.79's Bedrock client sends no idempotency key, and Bedrock documents none.
    _idempotency_header = None

    aws_region: str
    aws_access_key: Optional[str]
    aws_secret_key: Optional[str]
    aws_session_token: Optional[str]
    aws_profile: Optional[str]
    _base_url_from_region: bool

    # `client.models` and the like do not exist on Bedrock.
    models = unsupported("models")

    def _bedrock_setup(
        self,
        *,
        aws_secret_key: Optional[str],
        aws_access_key: Optional[str],
        aws_region: Optional[str],
        aws_profile: Optional[str],
        aws_session_token: Optional[str],
        base_url: Union[str, httpx.URL, None],
    ) -> Union[str, httpx.URL]:
        """Check and store the AWS options; return the base URL to use."""
        import_optional("botocore", library="botocore", extra="bedrock")
        if (aws_access_key is None) != (aws_secret_key is None):
            missing = "aws_secret_key" if aws_secret_key is None else "aws_access_key"
            raise ValueError(f"`aws_access_key` and `aws_secret_key` go together: `{missing}` is missing")
        if aws_session_token is not None and aws_access_key is None:
            raise ValueError("`aws_session_token` needs `aws_access_key` and `aws_secret_key` as well")

        self.aws_access_key = aws_access_key
        self.aws_secret_key = aws_secret_key
        self.aws_session_token = aws_session_token
        self.aws_profile = aws_profile
        self.aws_region = aws_region if aws_region else _infer_region(lambda: self._aws_session)

        if base_url is None:
            base_url = os.environ.get("ANTHROPIC_BEDROCK_BASE_URL") or None
        self._base_url_from_region = base_url is None
        if base_url is None:
            base_url = f"https://bedrock-runtime.{self.aws_region}.amazonaws.com"
        return base_url

    @property
    def _aws_session(self) -> Session:
        from ._auth import aws_session

        return aws_session(
            profile=self.aws_profile,
            access_key=self.aws_access_key,
            secret_key=self.aws_secret_key,
            session_token=self.aws_session_token,
        )

    @property
    @override
    def default_headers(self) -> Dict[str, Union[str, Omit]]:
        return without_async_label(super().default_headers)

    @override
    def _make_sse_decoder(self) -> SSEBytesDecoder:
        return AWSEventStreamDecoder()

    @override
    def _make_status_error(self, err_msg: str, *, body: object, response: httpx.Response) -> APIStatusError:
        if 200 <= response.status_code < 300:
            # an exception frame inside a streamed 200 response: its AWS exception type decides
            cls = stream_exception_class(body)
            if cls is not None:
                return cls(err_msg, response=response, body=body)
        return make_status_error(err_msg, body=body, response=response)

    def _bedrock_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        path = request_path(options)
        if path.startswith("/v1/messages/batches"):
            raise refuse(self, "The Message Batches API (`messages.batches`)")
        if path == "/v1/messages/count_tokens":
            raise refuse(self, "Token counting (`messages.count_tokens`)")

        if isinstance(options.json_data, Mapping):
            body = editable_body(options, "A Bedrock request")
            body.setdefault("anthropic_version", DEFAULT_VERSION)
            betas = header_value(options.headers, "anthropic-beta") or header_value(
                self._custom_headers, "anthropic-beta"
            )
            if betas:
                body.setdefault("anthropic_beta", [beta.strip() for beta in betas.split(",") if beta.strip()])

        if path in _INVOKED_PATHS and options.method.lower() == "post":
            body = editable_body(options, f"POST {path} on Bedrock")
            # `:` is kept as is: Bedrock model ids carry a version after one (`...-v1:0`).
            model = model_path_segment(body, f"POST {path} on Bedrock", safe=":")
            streaming = bool(body.pop("stream", False))
            options.url = f"/model/{model}/invoke-with-response-stream" if streaming else f"/model/{model}/invoke"
            use_json_accept(options)
        return options

    def _sign(self, request: httpx.Request) -> None:
        from ._auth import sign_request

        sign_request(request, session=self._aws_session, region=self.aws_region)

    def _copy_arguments(
        self,
        *,
        aws_secret_key: Optional[str],
        aws_access_key: Optional[str],
        aws_region: Optional[str],
        aws_profile: Optional[str],
        aws_session_token: Optional[str],
        base_url: Union[str, httpx.URL, None],
        timeout: Union[float, Timeout, None, NotGiven],
        http_client: Any,
        max_retries: Union[int, NotGiven],
        default_headers: Optional[Mapping[str, str]],
        set_default_headers: Optional[Mapping[str, str]],
        default_query: Optional[Mapping[str, object]],
        set_default_query: Optional[Mapping[str, object]],
        extra: Mapping[str, Any],
    ) -> Dict[str, Any]:
        if base_url is None and not self._base_url_from_region:
            base_url = self.base_url
        return dict(
            aws_secret_key=aws_secret_key or self.aws_secret_key,
            aws_access_key=aws_access_key or self.aws_access_key,
            aws_region=aws_region or self.aws_region,
            aws_profile=aws_profile or self.aws_profile,
            aws_session_token=aws_session_token or self.aws_session_token,
            base_url=base_url,
            timeout=timeout if is_given(timeout) else self.timeout,
            http_client=http_client or self._client,
            max_retries=max_retries if is_given(max_retries) else self.max_retries,
            default_headers=merge_defaults(
                self._custom_headers, default_headers, set_default_headers, option="default_headers"
            ),
            default_query=merge_defaults(self._custom_query, default_query, set_default_query, option="default_query"),
            _strict_response_validation=self._strict_response_validation,
            **extra,
        )

    def _copied(self, new: Self) -> Self:
        # settings the constructor does not take (they come from the runtime core) carry over as they are
        if hasattr(self, "max_retry_after"):
            new.max_retry_after = self.max_retry_after
        return new


class AnthropicBedrock(BaseBedrockClient[httpx.Client, Stream[Any]], SyncAPIClient):
    """Claude on Amazon Bedrock. Offers `messages`, `completions` and `beta.messages`.

    Each option left unset is resolved as the AWS tools do: credentials from the AWS chain
    (environment, `aws_profile`/AWS_PROFILE, config files, instance or container role); the region
    from `aws_region`, AWS_REGION, then the AWS config (AWS_DEFAULT_REGION, the profile's region),
    then us-east-1; `base_url` from ANTHROPIC_BEDROCK_BASE_URL, then the region's Bedrock runtime
    endpoint.
    """

    def __init__(
        self,
        aws_secret_key: Optional[str] = None,
        aws_access_key: Optional[str] = None,
        aws_region: Optional[str] = None,
        aws_profile: Optional[str] = None,
        aws_session_token: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, Timeout, None, NotGiven] = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        # An httpx client of your own (proxies, transports); prefer DefaultHttpxClient so the
        # SDK's timeouts and connection limits still apply.
        http_client: Optional[httpx.Client] = None,
        # Raise APIResponseValidationError when a response does not match the spec.
        _strict_response_validation: bool = False,
    ) -> None:
        base_url = self._bedrock_setup(
            aws_secret_key=aws_secret_key,
            aws_access_key=aws_access_key,
            aws_region=aws_region,
            aws_profile=aws_profile,
            aws_session_token=aws_session_token,
            base_url=base_url,
        )
        super().__init__(
            version=__version__,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            custom_headers=default_headers,
            custom_query=default_query,
            http_client=http_client,
            _strict_response_validation=_strict_response_validation,
        )

    @cached_property
    def messages(self) -> PlatformMessages:
        from .._platform_resources import PlatformMessages

        return PlatformMessages(self)

    @cached_property
    def completions(self) -> Completions:
        from ...resources.completions import Completions

        return Completions(self)

    @cached_property
    def beta(self) -> MessagesOnlyBeta:
        from .._platform_resources import MessagesOnlyBeta

        return MessagesOnlyBeta(self)

    @override
    def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        return self._bedrock_options(super()._prepare_options(options))

    @override
    def _prepare_request(self, request: httpx.Request) -> None:
        super()._prepare_request(request)
        self._sign(request)

    def copy(
        self,
        *,
        aws_secret_key: Optional[str] = None,
        aws_access_key: Optional[str] = None,
        aws_region: Optional[str] = None,
        aws_profile: Optional[str] = None,
        aws_session_token: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, Timeout, None, NotGiven] = NOT_GIVEN,
        http_client: Optional[httpx.Client] = None,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
        default_headers: Optional[Mapping[str, str]] = None,
        set_default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        set_default_query: Optional[Mapping[str, object]] = None,
        _extra_kwargs: Mapping[str, Any] = {},
    ) -> Self:
        """A new client with some options replaced; it shares this client's connection pool.

        ``default_headers``/``default_query`` merge into the current ones; the ``set_`` forms replace them.
        """
        arguments = self._copy_arguments(
            aws_secret_key=aws_secret_key,
            aws_access_key=aws_access_key,
            aws_region=aws_region,
            aws_profile=aws_profile,
            aws_session_token=aws_session_token,
            base_url=base_url,
            timeout=timeout,
            http_client=http_client,
            max_retries=max_retries,
            default_headers=default_headers,
            set_default_headers=set_default_headers,
            default_query=default_query,
            set_default_query=set_default_query,
            extra=_extra_kwargs,
        )
        return self._copied(self.__class__(**arguments))

    # `with_options` reads better at a call site: client.with_options(timeout=5).messages.create(...)
    with_options = copy


class AsyncAnthropicBedrock(BaseBedrockClient[httpx.AsyncClient, AsyncStream[Any]], AsyncAPIClient):
    """Async counterpart of `AnthropicBedrock`, with the same options and resolution rules."""

    def __init__(
        self,
        aws_secret_key: Optional[str] = None,
        aws_access_key: Optional[str] = None,
        aws_region: Optional[str] = None,
        aws_profile: Optional[str] = None,
        aws_session_token: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, Timeout, None, NotGiven] = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        # An httpx client of your own (proxies, transports); prefer DefaultAsyncHttpxClient so the
        # SDK's timeouts and connection limits still apply.
        http_client: Optional[httpx.AsyncClient] = None,
        # Raise APIResponseValidationError when a response does not match the spec.
        _strict_response_validation: bool = False,
    ) -> None:
        base_url = self._bedrock_setup(
            aws_secret_key=aws_secret_key,
            aws_access_key=aws_access_key,
            aws_region=aws_region,
            aws_profile=aws_profile,
            aws_session_token=aws_session_token,
            base_url=base_url,
        )
        super().__init__(
            version=__version__,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            custom_headers=default_headers,
            custom_query=default_query,
            http_client=http_client,
            _strict_response_validation=_strict_response_validation,
        )

    @cached_property
    def messages(self) -> AsyncPlatformMessages:
        from .._platform_resources import AsyncPlatformMessages

        return AsyncPlatformMessages(self)

    @cached_property
    def completions(self) -> AsyncCompletions:
        from ...resources.completions import AsyncCompletions

        return AsyncCompletions(self)

    @cached_property
    def beta(self) -> AsyncMessagesOnlyBeta:
        from .._platform_resources import AsyncMessagesOnlyBeta

        return AsyncMessagesOnlyBeta(self)

    @override
    async def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        return self._bedrock_options(await super()._prepare_options(options))

    @override
    async def _prepare_request(self, request: httpx.Request) -> None:
        await super()._prepare_request(request)
        # Signing is local CPU work; only a credential refresh (an STS or SSO call) would block.
        self._sign(request)

    def copy(
        self,
        *,
        aws_secret_key: Optional[str] = None,
        aws_access_key: Optional[str] = None,
        aws_region: Optional[str] = None,
        aws_profile: Optional[str] = None,
        aws_session_token: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, Timeout, None, NotGiven] = NOT_GIVEN,
        http_client: Optional[httpx.AsyncClient] = None,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
        default_headers: Optional[Mapping[str, str]] = None,
        set_default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        set_default_query: Optional[Mapping[str, object]] = None,
        _extra_kwargs: Mapping[str, Any] = {},
    ) -> Self:
        """A new client with some options replaced; it shares this client's connection pool.

        ``default_headers``/``default_query`` merge into the current ones; the ``set_`` forms replace them.
        """
        arguments = self._copy_arguments(
            aws_secret_key=aws_secret_key,
            aws_access_key=aws_access_key,
            aws_region=aws_region,
            aws_profile=aws_profile,
            aws_session_token=aws_session_token,
            base_url=base_url,
            timeout=timeout,
            http_client=http_client,
            max_retries=max_retries,
            default_headers=default_headers,
            set_default_headers=set_default_headers,
            default_query=default_query,
            set_default_query=set_default_query,
            extra=_extra_kwargs,
        )
        return self._copied(self.__class__(**arguments))

    with_options = copy
