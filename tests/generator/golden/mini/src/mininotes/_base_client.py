"""Public home of the client base classes and request helpers.

The implementation is split by concern (`_client_core`, `_sync_api_client`,
`_async_api_client`, `_request_building`, `_retries`, `_http_clients`,
`_pages`); generated code and users import the names from here.
"""

from __future__ import annotations

from typing import Any, Dict, Union, Optional

from ._pages import BasePage, PageInfo, BaseSyncPage, BaseAsyncPage, AsyncPaginator
from ._types import Body, Query, Headers, Timeout, NotGiven, PostParser, RequestOptions, not_given
from ._utils import is_given
from ._constants import DEFAULT_TIMEOUT, DEFAULT_MAX_RETRIES, DEFAULT_CONNECTION_LIMITS
from ._client_core import BaseClient
from ._http_clients import (
    DefaultHttpxClient,
    DefaultAioHttpClient,
    SyncHttpxClientWrapper,
    AsyncHttpxClientWrapper,
    DefaultAsyncHttpxClient,
)
from ._sync_api_client import SyncAPIClient
from ._async_api_client import AsyncAPIClient

__all__ = [
    "BaseClient",
    "SyncAPIClient",
    "AsyncAPIClient",
    "DefaultHttpxClient",
    "DefaultAsyncHttpxClient",
    "DefaultAioHttpClient",
    "SyncHttpxClientWrapper",
    "AsyncHttpxClientWrapper",
    "make_request_options",
    "PageInfo",
    "BasePage",
    "BaseSyncPage",
    "BaseAsyncPage",
    "AsyncPaginator",
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_CONNECTION_LIMITS",
]


def make_request_options(
    *,
    query: Optional[Query] = None,
    extra_headers: Optional[Headers] = None,
    extra_query: Optional[Query] = None,
    extra_body: Optional[Body] = None,
    idempotency_key: Optional[str] = None,
    timeout: Union[float, Timeout, None, NotGiven] = not_given,
    post_parser: Union[PostParser, NotGiven] = not_given,
) -> RequestOptions:
    """Fold a generated method's `extra_*`/`timeout` arguments into `RequestOptions`."""
    options: Dict[str, Any] = {}
    if extra_headers is not None:
        options["headers"] = extra_headers
    if extra_body is not None:
        options["extra_json"] = extra_body
    if query is not None:
        options["params"] = query
    if extra_query is not None:
        options["params"] = {**options.get("params", {}), **extra_query}
    if is_given(timeout):
        options["timeout"] = timeout
    if idempotency_key is not None:
        options["idempotency_key"] = idempotency_key
    if is_given(post_parser):
        options["post_parser"] = post_parser
    return options  # type: ignore[return-value]
