"""`AnthropicFoundry` / `AsyncAnthropicFoundry`: the Claude API through Microsoft Foundry (Azure).

Foundry serves the first-party API under `https://{resource}.services.ai.azure.com/anthropic/`, so
these are the first-party clients with another base URL and Foundry's credentials: an API key (sent
as `api-key`, and as `x-api-key` like the first-party client) or a Microsoft Entra ID token from
`azure_ad_token_provider`, asked for again for every request and sent as a bearer token.
"""

from __future__ import annotations

import inspect
import os
import re
from functools import cached_property
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Dict, Mapping, Optional, Tuple, TypeVar, Union

import httpx
from typing_extensions import Self, override

from .._base_client import DEFAULT_MAX_RETRIES, BaseClient
from .._client import Anthropic, AsyncAnthropic
from .._exceptions import AnthropicError, MissingCredentialsError
from .._models import FinalRequestOptions
from .._streaming import AsyncStream, Stream
from .._types import NOT_GIVEN, Headers, NotGiven, Timeout
from .._utils import is_given
from ._platform_common import header_value, merge_defaults, unsupported

if TYPE_CHECKING:
    from ._platform_resources import AsyncPlatformBeta, AsyncPlatformMessages, PlatformBeta, PlatformMessages

__all__ = [
    "AnthropicFoundry",
    "AsyncAnthropicFoundry",
    "AzureADTokenProvider",
    "AsyncAzureADTokenProvider",
    "MutuallyExclusiveAuthError",
    "BaseFoundryClient",
]

AzureADTokenProvider = Callable[[], str]
AsyncAzureADTokenProvider = Callable[[], "Union[str, Awaitable[str]]"]

# An Azure resource name: letters, digits and inner hyphens (it becomes a host name label).
_RESOURCE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?")

_HttpxClientT = TypeVar("_HttpxClientT", bound=Union[httpx.Client, httpx.AsyncClient])
_DefaultStreamT = TypeVar("_DefaultStreamT", bound=Union[Stream[Any], AsyncStream[Any]])


class MutuallyExclusiveAuthError(AnthropicError, ValueError):
    """Both `api_key` and `azure_ad_token_provider` were passed; a client uses one or the other."""

    def __init__(self) -> None:
        super().__init__("Pass either `api_key` or `azure_ad_token_provider`, not both.")


def _foundry_settings(
    *,
    resource: Optional[str],
    api_key: Optional[str],
    azure_ad_token_provider: Optional[Callable[[], Any]],
    base_url: Union[str, httpx.URL, None],
) -> Tuple[Optional[str], Union[str, httpx.URL]]:
    """The API key and base URL to use. Arguments win over environment variables."""
    if api_key is not None and azure_ad_token_provider is not None:
        raise MutuallyExclusiveAuthError()
    if azure_ad_token_provider is None and api_key is None:
        api_key = os.environ.get("ANTHROPIC_FOUNDRY_API_KEY")
    if azure_ad_token_provider is None and api_key is None:
        raise MissingCredentialsError(
            "No Foundry credential: pass `api_key` or `azure_ad_token_provider`, "
            "or set the ANTHROPIC_FOUNDRY_API_KEY environment variable."
        )
    if azure_ad_token_provider is not None and not callable(azure_ad_token_provider):
        raise TypeError(
            f"`azure_ad_token_provider` must be a callable returning a token, got {type(azure_ad_token_provider).__name__}"
        )

    if base_url is not None and resource is not None:
        raise ValueError("Pass either `base_url` or `resource`, not both: the resource name decides the base URL.")
    if base_url is None and resource is None:
        env_base_url = os.environ.get("ANTHROPIC_FOUNDRY_BASE_URL")
        env_resource = os.environ.get("ANTHROPIC_FOUNDRY_RESOURCE")
        if env_base_url is not None and env_resource is not None:
            raise ValueError(
                "Both ANTHROPIC_FOUNDRY_BASE_URL and ANTHROPIC_FOUNDRY_RESOURCE are set; set only one, "
                "or pass `base_url` or `resource`."
            )
        base_url, resource = env_base_url, env_resource
    if base_url is not None:
        return api_key, base_url
    if resource is None:
        raise ValueError(
            "No Foundry endpoint: pass `resource` (or `base_url`), or set the ANTHROPIC_FOUNDRY_RESOURCE "
            "(or ANTHROPIC_FOUNDRY_BASE_URL) environment variable."
        )
    if not _RESOURCE.fullmatch(resource):
        raise ValueError(f"`resource` must be an Azure resource name (letters, digits, hyphens), got {resource!r}")
    return api_key, f"https://{resource}.services.ai.azure.com/anthropic/"


def _checked_token(token: object) -> str:
    # Never echo the value: it may be a credential of another shape.
    if not isinstance(token, str):
        raise TypeError(f"`azure_ad_token_provider` must return a str token, it returned {type(token).__name__}")
    if not token:
        raise ValueError("`azure_ad_token_provider` returned an empty token")
    return token


class BaseFoundryClient(BaseClient[_HttpxClientT, _DefaultStreamT]):
    """What the sync and async Foundry clients share on top of the first-party client."""

    _platform_label = "Microsoft Foundry"

    api_key: Optional[str]
    auth_token: Optional[str]
    _azure_ad_token_provider: Optional[Callable[[], Any]]

    # Foundry serves no Models API.
    models = unsupported("models")

    def _forget_first_party_credentials(self, api_key: Optional[str]) -> None:
        # The first-party constructor reads ANTHROPIC_API_KEY and ANTHROPIC_AUTH_TOKEN; a Foundry
        # client sends only Foundry's own credential, so neither may ride along.
        self.api_key = api_key
        self.auth_token = None

    @property
    @override
    def auth_headers(self) -> Dict[str, str]:
        if self.api_key is None:
            return {}
        return {"api-key": self.api_key, "x-api-key": self.api_key}

    @override
    def _validate_headers(self, headers: Headers, custom_headers: Headers) -> None:
        # Construction guarantees a credential; a header the caller removed on purpose is theirs to replace.
        return None

    def _wants_token(self, options: FinalRequestOptions) -> bool:
        if self._azure_ad_token_provider is None:
            return False
        return header_value(options.headers, "authorization") is None and (
            header_value(self._custom_headers, "authorization") is None
        )

    @staticmethod
    def _with_token(options: FinalRequestOptions, token: str) -> FinalRequestOptions:
        headers = dict(options.headers) if isinstance(options.headers, Mapping) else {}
        headers["Authorization"] = f"Bearer {token}"
        options.headers = headers
        return options

    def _copy_arguments(
        self,
        *,
        api_key: Optional[str],
        azure_ad_token_provider: Optional[Callable[[], Any]],
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
        if api_key is not None and azure_ad_token_provider is not None:
            raise MutuallyExclusiveAuthError()
        if api_key is None and azure_ad_token_provider is None:
            # keep this client's credential, whichever kind it is
            api_key, azure_ad_token_provider = self.api_key, self._azure_ad_token_provider
        return dict(
            api_key=api_key,
            azure_ad_token_provider=azure_ad_token_provider,
            base_url=base_url or self.base_url,
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


class AnthropicFoundry(BaseFoundryClient[httpx.Client, Stream[Any]], Anthropic):
    """Claude on Microsoft Foundry. Offers `messages` and `beta` (everything but batches), no `models`.

    Options left unset are read from ANTHROPIC_FOUNDRY_API_KEY, ANTHROPIC_FOUNDRY_RESOURCE and
    ANTHROPIC_FOUNDRY_BASE_URL. `resource` is the Foundry resource name: `my-resource` means
    `https://my-resource.services.ai.azure.com/anthropic/`. `azure_ad_token_provider` is called before
    every request and its token sent as `Authorization: Bearer ...`.
    """

    def __init__(
        self,
        *,
        resource: Optional[str] = None,
        api_key: Optional[str] = None,
        azure_ad_token_provider: Optional[AzureADTokenProvider] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, Timeout, None, NotGiven] = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.Client] = None,
        _strict_response_validation: bool = False,
    ) -> None:
        api_key, base_url = _foundry_settings(
            resource=resource, api_key=api_key, azure_ad_token_provider=azure_ad_token_provider, base_url=base_url
        )
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            _strict_response_validation=_strict_response_validation,
        )
        self._forget_first_party_credentials(api_key)
        self._azure_ad_token_provider = azure_ad_token_provider

    @cached_property
    def messages(self) -> PlatformMessages:
        from ._platform_resources import PlatformMessages

        return PlatformMessages(self)

    @cached_property
    def beta(self) -> PlatformBeta:
        from ._platform_resources import PlatformBeta

        return PlatformBeta(self)

    @override
    def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        options = super()._prepare_options(options)
        if not self._wants_token(options):
            return options
        provider = self._azure_ad_token_provider
        assert provider is not None
        return self._with_token(options, _checked_token(provider()))

    def copy(  # type: ignore[override]
        self,
        *,
        api_key: Optional[str] = None,
        azure_ad_token_provider: Optional[AzureADTokenProvider] = None,
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

        Passing `api_key` drops the token provider and vice versa. ``default_headers``/``default_query``
        merge into the current ones; the ``set_`` forms replace them.
        """
        arguments = self._copy_arguments(
            api_key=api_key,
            azure_ad_token_provider=azure_ad_token_provider,
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
    with_options = copy  # type: ignore[assignment]


class AsyncAnthropicFoundry(BaseFoundryClient[httpx.AsyncClient, AsyncStream[Any]], AsyncAnthropic):
    """Async counterpart of `AnthropicFoundry`; `azure_ad_token_provider` may be sync or async."""

    def __init__(
        self,
        *,
        resource: Optional[str] = None,
        api_key: Optional[str] = None,
        azure_ad_token_provider: Optional[AsyncAzureADTokenProvider] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, Timeout, None, NotGiven] = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.AsyncClient] = None,
        _strict_response_validation: bool = False,
    ) -> None:
        api_key, base_url = _foundry_settings(
            resource=resource, api_key=api_key, azure_ad_token_provider=azure_ad_token_provider, base_url=base_url
        )
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            _strict_response_validation=_strict_response_validation,
        )
        self._forget_first_party_credentials(api_key)
        self._azure_ad_token_provider = azure_ad_token_provider

    @cached_property
    def messages(self) -> AsyncPlatformMessages:
        from ._platform_resources import AsyncPlatformMessages

        return AsyncPlatformMessages(self)

    @cached_property
    def beta(self) -> AsyncPlatformBeta:
        from ._platform_resources import AsyncPlatformBeta

        return AsyncPlatformBeta(self)

    @override
    async def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        options = await super()._prepare_options(options)
        if not self._wants_token(options):
            return options
        provider = self._azure_ad_token_provider
        assert provider is not None
        token = provider()
        if inspect.isawaitable(token):
            token = await token
        return self._with_token(options, _checked_token(token))

    def copy(  # type: ignore[override]
        self,
        *,
        api_key: Optional[str] = None,
        azure_ad_token_provider: Optional[AsyncAzureADTokenProvider] = None,
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

        Passing `api_key` drops the token provider and vice versa. ``default_headers``/``default_query``
        merge into the current ones; the ``set_`` forms replace them.
        """
        arguments = self._copy_arguments(
            api_key=api_key,
            azure_ad_token_provider=azure_ad_token_provider,
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

    with_options = copy  # type: ignore[assignment]


# 0.79's names for the narrowed resources; loaded on first use, like the resources themselves.
_RESOURCE_ALIASES = {
    "MessagesFoundry": "PlatformMessages",
    "AsyncMessagesFoundry": "AsyncPlatformMessages",
    "BetaFoundryMessages": "PlatformBetaMessages",
    "AsyncBetaFoundryMessages": "AsyncPlatformBetaMessages",
    "BetaFoundry": "PlatformBeta",
    "AsyncBetaFoundry": "AsyncPlatformBeta",
}


def __getattr__(name: str) -> Any:
    target = _RESOURCE_ALIASES.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from . import _platform_resources

    return getattr(_platform_resources, target)
