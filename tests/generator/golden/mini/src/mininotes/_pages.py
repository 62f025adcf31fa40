"""Pagination base classes; concrete page shapes live in `pagination.py`."""

from __future__ import annotations

from typing import (
    TYPE_CHECKING,
    Any,
    Set,
    Type,
    Generic,
    TypeVar,
    Iterable,
    Iterator,
    Optional,
    Generator,
    AsyncIterator,
    cast,
)

import httpx
from pydantic import PrivateAttr

from ._types import NotGiven, not_given
from ._utils import is_mapping
from ._models import GenericModel, FinalRequestOptions
from ._exceptions import AnthropicError
from ._request_building import pop_markers

if TYPE_CHECKING:
    from ._base_client import SyncAPIClient, AsyncAPIClient

__all__ = ["PageInfo", "BasePage", "BaseSyncPage", "BaseAsyncPage", "AsyncPaginator"]

_T = TypeVar("_T")
SyncPageT = TypeVar("SyncPageT", bound="BaseSyncPage[Any]")
AsyncPageT = TypeVar("AsyncPageT", bound="BaseAsyncPage[Any]")


def _cursor_key(info: Optional["PageInfo"]) -> str:
    return repr(
        info
        and (
            str(info.url),
            sorted(dict(info.params or {}).items()) if is_mapping(info.params) else info.params,
            info.json,
        )
    )


def _check_progress(seen: Set[object], info: Optional["PageInfo"]) -> None:
    """A server that hands back a cursor it already gave would make auto-pagination loop forever."""
    key = _cursor_key(info)
    if key in seen:
        raise AnthropicError(f"pagination stopped: the server returned a next-page cursor seen before ({key})")
    seen.add(key)


class PageInfo:
    """How to ask for the next page: new query params, a full URL, or body fields."""

    url: "httpx.URL | NotGiven"
    params: "Any"
    json: "Any"

    def __init__(self, *, url: Any = not_given, params: Any = not_given, json: Any = not_given) -> None:
        self.url = url
        self.params = params
        self.json = json

    def __repr__(self) -> str:
        for name in ("url", "params", "json"):
            value = getattr(self, name)
            if not isinstance(value, NotGiven):
                return f"{self.__class__.__name__}({name}={value!r})"
        return f"{self.__class__.__name__}()"


class BasePage(GenericModel, Generic[_T]):
    """One page of a list endpoint. Subclasses say where the items are and how to get the next page."""

    _options: FinalRequestOptions = PrivateAttr()
    _model: Type[_T] = PrivateAttr()

    def has_next_page(self) -> bool:
        items = self._get_page_items()
        if not items:
            return False
        return self.next_page_info() is not None

    def next_page_info(self) -> Optional[PageInfo]: ...

    def _get_page_items(self) -> Iterable[_T]:  # type: ignore[empty-body]
        ...

    def _params_from_url(self, url: httpx.URL) -> httpx.QueryParams:
        return httpx.QueryParams(cast(Any, self._options.params)).merge(url.params)

    def _info_to_options(self, info: PageInfo) -> FinalRequestOptions:
        options = self._options.model_copy()
        # a page fetched through `.with_raw_response` must fetch its successors as plain pages
        pop_markers(options)
        if not isinstance(info.params, NotGiven):
            options.params = {**options.params, **info.params}
            return options
        if not isinstance(info.url, NotGiven):
            params = self._params_from_url(info.url)
            url = info.url.copy_with(params=params)
            options.params = dict(url.params)
            options.url = str(url)
            return options
        if not isinstance(info.json, NotGiven):
            if not is_mapping(info.json):
                raise TypeError("Pagination is only supported with mappings")
            if not options.json_data:
                options.json_data = {**info.json}
            else:
                if not is_mapping(options.json_data):
                    raise TypeError("Pagination is only supported with mappings")
                options.json_data = {**options.json_data, **info.json}
            return options
        raise ValueError("Unexpected PageInfo state")


class BaseSyncPage(BasePage[_T], Generic[_T]):
    _client: "SyncAPIClient" = PrivateAttr()

    def _set_private_attributes(self, client: "SyncAPIClient", model: Type[_T], options: FinalRequestOptions) -> None:
        self._model = model
        self._client = client
        self._options = options

    def __iter__(self) -> Iterator[_T]:  # type: ignore[override]
        """Every item on this page and all following pages."""
        for page in self.iter_pages():
            for item in page._get_page_items():
                yield item

    def iter_pages(self: SyncPageT) -> Iterator[SyncPageT]:
        page = self
        seen: Set[object] = set()
        while True:
            yield page
            if not page.has_next_page():
                return
            _check_progress(seen, page.next_page_info())
            page = page.get_next_page()

    def get_next_page(self: SyncPageT) -> SyncPageT:
        info = self.next_page_info()
        if not info:
            raise RuntimeError(
                "No next page expected; please check `.has_next_page()` before calling `.get_next_page()`."
            )
        options = self._info_to_options(info)
        return self._client._request_api_list(self._model, page=self.__class__, options=options)


class BaseAsyncPage(BasePage[_T], Generic[_T]):
    _client: "AsyncAPIClient" = PrivateAttr()

    def _set_private_attributes(self, model: Type[_T], client: "AsyncAPIClient", options: FinalRequestOptions) -> None:
        self._model = model
        self._client = client
        self._options = options

    async def __aiter__(self) -> AsyncIterator[_T]:
        async for page in self.iter_pages():
            for item in page._get_page_items():
                yield item

    async def iter_pages(self: AsyncPageT) -> AsyncIterator[AsyncPageT]:
        page = self
        seen: Set[object] = set()
        while True:
            yield page
            if not page.has_next_page():
                return
            _check_progress(seen, page.next_page_info())
            page = await page.get_next_page()

    async def get_next_page(self: AsyncPageT) -> AsyncPageT:
        info = self.next_page_info()
        if not info:
            raise RuntimeError(
                "No next page expected; please check `.has_next_page()` before calling `.get_next_page()`."
            )
        options = self._info_to_options(info)
        return await self._client._request_api_list(self._model, page=self.__class__, options=options)


class AsyncPaginator(Generic[_T, AsyncPageT]):
    """Returned by async list methods: `await` it for the first page, or `async for` over all items."""

    def __init__(
        self, client: "AsyncAPIClient", options: FinalRequestOptions, page_cls: Type[AsyncPageT], model: Type[_T]
    ) -> None:
        self._model = model
        self._client = client
        self._options = options
        self._page_cls = page_cls

    def __await__(self) -> Generator[Any, None, AsyncPageT]:
        return self._get_page().__await__()

    async def _get_page(self) -> AsyncPageT:
        return await self._client._request_api_list(self._model, page=self._page_cls, options=self._options)

    async def __aiter__(self) -> AsyncIterator[_T]:
        page = await self
        async for item in page:
            yield item
