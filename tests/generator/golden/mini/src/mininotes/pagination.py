"""Page shapes returned by list endpoints.

- `SyncPage`/`AsyncPage`: id cursors (`after_id` = `last_id`, or `before_id` =
  `first_id` when paging backwards).
- `SyncTokenPage`/`AsyncTokenPage`: opaque `next_page` token sent as `page_token`.
- `SyncPageCursor`/`AsyncPageCursor`: opaque `next_page` token sent as `page`.
"""

from __future__ import annotations

from typing import Any, List, Generic, TypeVar, Optional

from ._base_client import BasePage, PageInfo, BaseSyncPage, BaseAsyncPage

__all__ = ["SyncPage", "AsyncPage", "SyncTokenPage", "AsyncTokenPage", "SyncPageCursor", "AsyncPageCursor"]

_T = TypeVar("_T")


def _items(page: Any) -> List[Any]:
    return page.data or []


def _more_allowed(page: Any) -> bool:
    # an explicit `has_more: false` ends paging even if a cursor is present
    return page.has_more is not False


def _id_cursor(page: Any) -> Optional[PageInfo]:
    if page._options.params.get("before_id"):
        return PageInfo(params={"before_id": page.first_id}) if page.first_id else None
    return PageInfo(params={"after_id": page.last_id}) if page.last_id else None


class SyncPage(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    data: List[_T]
    has_more: Optional[bool] = None
    first_id: Optional[str] = None
    last_id: Optional[str] = None

    def _get_page_items(self) -> List[_T]:
        return _items(self)

    def has_next_page(self) -> bool:
        return _more_allowed(self) and super().has_next_page()

    def next_page_info(self) -> Optional[PageInfo]:
        return _id_cursor(self)


class AsyncPage(BaseAsyncPage[_T], BasePage[_T], Generic[_T]):
    data: List[_T]
    has_more: Optional[bool] = None
    first_id: Optional[str] = None
    last_id: Optional[str] = None

    def _get_page_items(self) -> List[_T]:
        return _items(self)

    def has_next_page(self) -> bool:
        return _more_allowed(self) and super().has_next_page()

    def next_page_info(self) -> Optional[PageInfo]:
        return _id_cursor(self)


class SyncTokenPage(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    data: List[_T]
    has_more: Optional[bool] = None
    next_page: Optional[str] = None

    def _get_page_items(self) -> List[_T]:
        return _items(self)

    def has_next_page(self) -> bool:
        return _more_allowed(self) and super().has_next_page()

    def next_page_info(self) -> Optional[PageInfo]:
        return PageInfo(params={"page_token": self.next_page}) if self.next_page else None


class AsyncTokenPage(BaseAsyncPage[_T], BasePage[_T], Generic[_T]):
    data: List[_T]
    has_more: Optional[bool] = None
    next_page: Optional[str] = None

    def _get_page_items(self) -> List[_T]:
        return _items(self)

    def has_next_page(self) -> bool:
        return _more_allowed(self) and super().has_next_page()

    def next_page_info(self) -> Optional[PageInfo]:
        return PageInfo(params={"page_token": self.next_page}) if self.next_page else None


class SyncPageCursor(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    data: List[_T]
    has_more: Optional[bool] = None
    next_page: Optional[str] = None

    def _get_page_items(self) -> List[_T]:
        return _items(self)

    def has_next_page(self) -> bool:
        return _more_allowed(self) and super().has_next_page()

    def next_page_info(self) -> Optional[PageInfo]:
        return PageInfo(params={"page": self.next_page}) if self.next_page else None


class AsyncPageCursor(BaseAsyncPage[_T], BasePage[_T], Generic[_T]):
    data: List[_T]
    has_more: Optional[bool] = None
    next_page: Optional[str] = None

    def _get_page_items(self) -> List[_T]:
        return _items(self)

    def has_next_page(self) -> bool:
        return _more_allowed(self) and super().has_next_page()

    def next_page_info(self) -> Optional[PageInfo]:
        return PageInfo(params={"page": self.next_page}) if self.next_page else None
