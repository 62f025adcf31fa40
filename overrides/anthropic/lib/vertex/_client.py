"""`AnthropicVertex` / `AsyncAnthropicVertex`: the Claude API through Google Cloud Vertex AI.

A request is built exactly as for the first-party API, then reshaped for Vertex AI before it is
sent: message creation goes to `.../publishers/anthropic/models/{model}:rawPredict` (or
`:streamRawPredict` when streaming) with the model taken out of the body, token counting to
`.../models/count-tokens:rawPredict`, and `anthropic_version` goes into the body. Each request
carries a Google OAuth access token, refreshed when it expires.
"""

from __future__ import annotations

import os
import re
import threading
from functools import cached_property
from typing import TYPE_CHECKING, Any, Dict, Mapping, Optional, TypeVar, Union
from urllib.parse import quote

import httpx
from typing_extensions import Self, override

from ..._base_client import DEFAULT_MAX_RETRIES, AsyncAPIClient, BaseClient, SyncAPIClient
from ..._exceptions import APIStatusError, MissingCredentialsError, make_status_error
from ..._models import FinalRequestOptions
from ..._streaming import AsyncStream, Stream
from ..._types import NOT_GIVEN, NotGiven, Omit, Timeout
from ..._utils import asyncify, is_given
from ..._version import __version__
from .._extras._google_auth import load_google_auth
from .._platform_common import (
    editable_body,
    merge_defaults,
    model_path_segment,
    refuse,
    request_path,
    unsupported,
    use_json_accept,
    without_async_label,
)
from . import _auth

if TYPE_CHECKING:
    from google.auth.credentials import Credentials as GoogleCredentials

    from .._platform_resources import (
        AsyncMessagesOnlyBeta,
        AsyncPlatformMessages,
        MessagesOnlyBeta,
        PlatformMessages,
    )

__all__ = ["AnthropicVertex", "AsyncAnthropicVertex", "BaseVertexClient", "DEFAULT_VERSION"]

DEFAULT_VERSION = "vertex-2023-10-16"
"""The `anthropic_version` sent in every request body unless the body sets its own."""

GLOBAL_REGION = "global"

_REGION = re.compile(r"[a-z0-9][a-z0-9-]*")
_HttpxClientT = TypeVar("_HttpxClientT", bound=Union[httpx.Client, httpx.AsyncClient])
_DefaultStreamT = TypeVar("_DefaultStreamT", bound=Union[Stream[Any], AsyncStream[Any]])


def _default_base_url(region: str) -> str:
    if region == GLOBAL_REGION:
        return "https://aiplatform.googleapis.com/v1"
    return f"https://{region}-aiplatform.googleapis.com/v1"


class BaseVertexClient(BaseClient[_HttpxClientT, _DefaultStreamT]):
    """What the sync and async Vertex AI clients share: options, request rewriting, credentials."""

    _platform_label = "Google Vertex AI"
    # 0.79's Vertex client sends no idempotency key, and Vertex AI documents none.
    _idempotency_header = None

    region: str
    project_id: Optional[str]
    access_token: Optional[str]
    credentials: Optional[GoogleCredentials]
    _base_url_from_region: bool

    # Resources the first-party client has and Vertex AI does not.
    models = unsupported("models")
    completions = unsupported("completions")

    def _vertex_setup(
        self,
        *,
        region: Union[str, NotGiven],
        project_id: Union[str, None, NotGiven],
        access_token: Optional[str],
        credentials: Optional[GoogleCredentials],
        base_url: Union[str, httpx.URL, None],
    ) -> Union[str, httpx.URL]:
        """Check and store the Vertex options; return the base URL to use."""
        if not is_given(region) or not region:
            region = os.environ.get("CLOUD_ML_REGION") or NOT_GIVEN
        if not isinstance(region, str):
            raise ValueError(
                "No Vertex AI region: pass `region` (e.g. region='us-east5' or region='global') "
                "or set the CLOUD_ML_REGION environment variable."
            )
        if not _REGION.fullmatch(region):
            raise ValueError(
                f"`region` must be a Google Cloud region name such as 'us-east5' or 'global', got {region!r}"
            )
        if not is_given(project_id) or not project_id:
            project_id = os.environ.get("ANTHROPIC_VERTEX_PROJECT_ID") or None
        if access_token is None and credentials is None:
            # Application Default Credentials will be needed: say now if google-auth is missing.
            load_google_auth()

        self.region = region
        self.project_id = project_id
        self.access_token = access_token
        self.credentials = credentials
        self._auth_lock = threading.Lock()

        if base_url is None:
            base_url = os.environ.get("ANTHROPIC_VERTEX_BASE_URL") or None
        self._base_url_from_region = base_url is None
        return _default_base_url(region) if base_url is None else base_url

    @property
    @override
    def default_headers(self) -> Dict[str, Union[str, Omit]]:
        return without_async_label(super().default_headers)

    @override
    def _make_status_error(self, err_msg: str, *, body: object, response: httpx.Response) -> APIStatusError:
        return make_status_error(err_msg, body=body, response=response)

    # -- credentials (blocking; the async client calls these from a worker thread) --------------

    def _load_default_credentials(self) -> None:
        credentials, project = _auth.load_auth(project_id=self.project_id)
        self.credentials = credentials
        if not self.project_id and project:
            self.project_id = project

    def _resolve_project(self) -> str:
        if not self.project_id and self.access_token is None:
            with self._auth_lock:
                if self.credentials is None:
                    self._load_default_credentials()
                elif not self.project_id:
                    found = getattr(self.credentials, "project_id", None)
                    self.project_id = found if isinstance(found, str) and found else None
        if not self.project_id:
            raise ValueError(
                "No Google Cloud project for Vertex AI: pass `project_id` or set the "
                "ANTHROPIC_VERTEX_PROJECT_ID environment variable (it could not be read from the credentials)."
            )
        return self.project_id

    def _fresh_token(self) -> Optional[str]:
        """The token to send when it needs no refresh, else None."""
        if self.access_token is not None:
            return self.access_token
        credentials = self.credentials
        if credentials is not None and credentials.token and not credentials.expired:
            return str(credentials.token)
        return None

    def _refreshed_token(self) -> str:
        with self._auth_lock:
            token = self._fresh_token()  # another thread may have refreshed meanwhile
            if token is not None:
                return token
            if self.credentials is None:
                self._load_default_credentials()
            credentials = self.credentials
            assert credentials is not None
            if credentials.expired or not credentials.token:
                _auth.refresh_auth(credentials)
            token = getattr(credentials, "token", None)  # google-auth leaves `token` unannotated (None)
        if not isinstance(token, str) or not token:
            raise MissingCredentialsError("The Google credentials produced no access token after a refresh.")
        return token

    # -- request rewriting -----------------------------------------------------------------------

    @staticmethod
    def _needs_project(options: FinalRequestOptions) -> bool:
        return options.method.lower() == "post" and request_path(options) in (
            "/v1/messages",
            "/v1/messages/count_tokens",
        )

    def _vertex_options(self, options: FinalRequestOptions, project: Optional[str]) -> FinalRequestOptions:
        path = request_path(options)
        if path.startswith("/v1/messages/batches"):
            raise refuse(self, "The Message Batches API (`messages.batches`)")
        if isinstance(options.json_data, Mapping):
            editable_body(options, "A Vertex AI request").setdefault("anthropic_version", DEFAULT_VERSION)
        if project is None:
            return options

        models = f"/projects/{quote(project, safe='')}/locations/{self.region}/publishers/anthropic/models"
        if path == "/v1/messages":
            body = editable_body(options, "POST /v1/messages on Vertex AI")
            # `@` and `:` are kept as is: Vertex model ids may carry a version after `@`.
            model = model_path_segment(body, "POST /v1/messages on Vertex AI", safe="@:")
            method = "streamRawPredict" if body.get("stream") else "rawPredict"
            options.url = f"{models}/{model}:{method}"
            use_json_accept(options)
        else:
            options.url = f"{models}/count-tokens:rawPredict"
        return options

    def _copy_arguments(
        self,
        *,
        region: Union[str, NotGiven],
        project_id: Union[str, NotGiven],
        access_token: Optional[str],
        credentials: Optional[GoogleCredentials],
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
            region=region if is_given(region) else self.region,
            project_id=project_id if is_given(project_id) else (self.project_id or NOT_GIVEN),
            access_token=access_token or self.access_token,
            credentials=credentials or self.credentials,
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


class AnthropicVertex(BaseVertexClient[httpx.Client, Stream[Any]], SyncAPIClient):
    """Claude on Google Cloud Vertex AI. Offers `messages` (with `count_tokens`) and `beta.messages`.

    Each option left unset is read from the environment: `region` from CLOUD_ML_REGION (required),
    `project_id` from ANTHROPIC_VERTEX_PROJECT_ID, then from the credentials; `base_url` from
    ANTHROPIC_VERTEX_BASE_URL, then the region's endpoint. Without `access_token` or `credentials`,
    Application Default Credentials are used (needs the `vertex` extra).
    """

    def __init__(
        self,
        *,
        region: Union[str, NotGiven] = NOT_GIVEN,
        project_id: Union[str, NotGiven] = NOT_GIVEN,
        access_token: Optional[str] = None,
        credentials: Optional[GoogleCredentials] = None,
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
        base_url = self._vertex_setup(
            region=region,
            project_id=project_id,
            access_token=access_token,
            credentials=credentials,
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
    def beta(self) -> MessagesOnlyBeta:
        from .._platform_resources import MessagesOnlyBeta

        return MessagesOnlyBeta(self)

    @override
    def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        options = super()._prepare_options(options)
        project = self._resolve_project() if self._needs_project(options) else None
        return self._vertex_options(options, project)

    @override
    def _prepare_request(self, request: httpx.Request) -> None:
        super()._prepare_request(request)
        if request.headers.get("Authorization"):
            return  # the caller authenticated this request themselves
        token = self._fresh_token() or self._refreshed_token()
        request.headers["Authorization"] = f"Bearer {token}"

    def copy(
        self,
        *,
        region: Union[str, NotGiven] = NOT_GIVEN,
        project_id: Union[str, NotGiven] = NOT_GIVEN,
        access_token: Optional[str] = None,
        credentials: Optional[GoogleCredentials] = None,
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
        """A new client with some options replaced; it shares this client's connection pool and credentials.

        ``default_headers``/``default_query`` merge into the current ones; the ``set_`` forms replace them.
        """
        arguments = self._copy_arguments(
            region=region,
            project_id=project_id,
            access_token=access_token,
            credentials=credentials,
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


class AsyncAnthropicVertex(BaseVertexClient[httpx.AsyncClient, AsyncStream[Any]], AsyncAPIClient):
    """Async counterpart of `AnthropicVertex`; credential loading and refresh run in a worker thread."""

    def __init__(
        self,
        *,
        region: Union[str, NotGiven] = NOT_GIVEN,
        project_id: Union[str, NotGiven] = NOT_GIVEN,
        access_token: Optional[str] = None,
        credentials: Optional[GoogleCredentials] = None,
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
        base_url = self._vertex_setup(
            region=region,
            project_id=project_id,
            access_token=access_token,
            credentials=credentials,
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
    def beta(self) -> AsyncMessagesOnlyBeta:
        from .._platform_resources import AsyncMessagesOnlyBeta

        return AsyncMessagesOnlyBeta(self)

    @override
    async def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        options = await super()._prepare_options(options)
        project: Optional[str] = None
        if self._needs_project(options):
            project = self.project_id or await asyncify(self._resolve_project)()
        return self._vertex_options(options, project)

    @override
    async def _prepare_request(self, request: httpx.Request) -> None:
        await super()._prepare_request(request)
        if request.headers.get("Authorization"):
            return  # the caller authenticated this request themselves
        token = self._fresh_token() or await asyncify(self._refreshed_token)()
        request.headers["Authorization"] = f"Bearer {token}"

    def copy(
        self,
        *,
        region: Union[str, NotGiven] = NOT_GIVEN,
        project_id: Union[str, NotGiven] = NOT_GIVEN,
        access_token: Optional[str] = None,
        credentials: Optional[GoogleCredentials] = None,
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
        """A new client with some options replaced; it shares this client's connection pool and credentials.

        ``default_headers``/``default_query`` merge into the current ones; the ``set_`` forms replace them.
        """
        arguments = self._copy_arguments(
            region=region,
            project_id=project_id,
            access_token=access_token,
            credentials=credentials,
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
