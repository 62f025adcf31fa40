"""`AsyncAPIClient`: the async request loop with retries, and the HTTP verb helpers."""

from __future__ import annotations

import logging
from types import TracebackType
from typing import TYPE_CHECKING, Any, Type, Union, Mapping, TypeVar, Optional, cast

import httpx
from typing_extensions import Self, Literal, overload

from ._files import async_to_httpx_files
from ._pages import AsyncPaginator
from ._types import Body, Timeout, NotGiven, ResponseT, RequestFiles, HttpxSendArgs, RequestOptions, not_given
from ._utils import is_given, get_async_library
from ._models import FinalRequestOptions
from ._retries import should_retry, backoff_delay
from ._response import AsyncAPIResponse
from ._constants import DEFAULT_TIMEOUT, DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_AFTER
from ._streaming import AsyncStream
from ._client_core import _HTTPX_DEFAULT_TIMEOUT, BaseClient
from ._http_clients import AsyncHttpxClientWrapper
from ._request_building import build_request
from ._transport_errors import is_retryable, to_api_error

if TYPE_CHECKING:
    from ._pages import AsyncPageT

__all__ = ["AsyncAPIClient"]

log = logging.getLogger("anthropic")

_AsyncStreamT = TypeVar("_AsyncStreamT", bound=AsyncStream[Any])


class AsyncAPIClient(BaseClient[httpx.AsyncClient, AsyncStream[Any]]):
    _client: httpx.AsyncClient

    def __init__(
        self,
        *,
        version: str,
        base_url: Union[str, httpx.URL],
        _strict_response_validation: bool = False,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        http_client: Optional[httpx.AsyncClient] = None,
        custom_headers: Optional[Mapping[str, str]] = None,
        custom_query: Optional[Mapping[str, object]] = None,
        max_retry_after: float = DEFAULT_MAX_RETRY_AFTER,
    ) -> None:
        given = cast(object, http_client)  # checked at run time: callers without a type checker pass anything
        if given is not None and not isinstance(given, httpx.AsyncClient):
            raise TypeError(
                f"Invalid `http_client` argument; Expected an instance of `httpx.AsyncClient` but got {type(http_client)}"
            )
        if not is_given(timeout):
            timeout = (
                http_client.timeout
                if http_client is not None and http_client.timeout != _HTTPX_DEFAULT_TIMEOUT
                else DEFAULT_TIMEOUT
            )
        super().__init__(
            version=version,
            base_url=base_url,
            max_retries=max_retries,
            timeout=cast(Timeout, timeout),
            custom_headers=custom_headers,
            custom_query=custom_query,
            _strict_response_validation=_strict_response_validation,
            max_retry_after=max_retry_after,
        )
        if self._default_stream_cls is None:
            self._default_stream_cls = AsyncStream
        self._client = http_client or AsyncHttpxClientWrapper(base_url=base_url, timeout=cast(Timeout, timeout))

    def _async_label(self) -> str:
        return f"async:{get_async_library()}"

    def is_closed(self) -> bool:
        return self._client.is_closed

    async def close(self) -> None:
        """Close the underlying HTTP client (and its connection pool)."""
        await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        await self.close()

    async def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        return options

    async def _prepare_request(self, request: httpx.Request) -> None:
        return None

    def _build_request(self, options: FinalRequestOptions, *, retries_taken: int = 0) -> httpx.Request:
        return build_request(self, options, retries_taken=retries_taken)

    async def _sleep(self, seconds: float) -> None:
        import anyio  # anyio (and asyncio under it) loads only when async code runs

        await anyio.sleep(seconds)

    async def _sleep_for_retry(
        self, *, delay: float, retries_taken: int, max_retries: int, options: FinalRequestOptions
    ) -> None:
        log.info(
            "Retrying request to %s in %f seconds (%i retries left)", options.url, delay, max_retries - retries_taken
        )
        await self._sleep(delay)

    async def request(
        self,
        cast_to: Type[ResponseT],
        options: FinalRequestOptions,
        *,
        stream: bool = False,
        stream_cls: Optional[Type[_AsyncStreamT]] = None,
    ) -> Any:
        cast_to, input_options, mode, max_retries = self._start(cast_to, options, stream=stream)
        send_streaming = stream or mode == "stream"
        retries_taken = 0
        while True:
            options = await self._prepare_options(input_options.model_copy())
            request = self._build_request(options, retries_taken=retries_taken)
            await self._prepare_request(request)
            kwargs: HttpxSendArgs = {}
            if self.custom_auth is not None:
                kwargs["auth"] = self.custom_auth
            if options.follow_redirects is not None:
                kwargs["follow_redirects"] = options.follow_redirects
            self._log_request(request, options)
            can_retry = retries_taken < max_retries
            try:
                response = await self._client.send(request, stream=send_streaming, **kwargs)
            except httpx.RequestError as err:
                # Only httpx's own failures are caught: anything else is a bug (ours, or in an event
                # hook or transport) and propagates unretried.
                log.debug("Transport error: %s", type(err).__name__)
                if can_retry and is_retryable(err):
                    await self._sleep_for_retry(
                        delay=backoff_delay(retries_taken),
                        retries_taken=retries_taken,
                        max_retries=max_retries,
                        options=input_options,
                    )
                    retries_taken += 1
                    continue
                raise to_api_error(err, request) from err

            self._log_response(request, response)
            if response.is_error:
                delay = (
                    self._retry_delay(retries_taken=retries_taken, response=response)
                    if can_retry and should_retry(response)
                    else None
                )
                if delay is not None:
                    await response.aclose()
                    await self._sleep_for_retry(
                        delay=delay, retries_taken=retries_taken, max_retries=max_retries, options=input_options
                    )
                    retries_taken += 1
                    continue
                if not response.is_closed:  # still streaming: read the error body for the message
                    try:
                        await response.aread()
                    except httpx.RequestError as err:
                        raise self._unreadable_error_body(response, err) from err
                raise self._make_status_error_from_response(response) from None
            break

        result = self._wrap_response(
            mode=mode,
            cast_to=cast_to,
            options=options,
            response=response,
            stream=stream,
            stream_cls=stream_cls,
            retries_taken=retries_taken,
            api_response_cls=AsyncAPIResponse,
        )
        # `__class__` rather than `type()`: checkers then leave `result` as the `Any` it is.
        if mode or result.__class__ is not AsyncAPIResponse:
            return result
        return await result.parse()

    async def _request_api_list(
        self, model: Type[object], page: Type["AsyncPageT"], options: FinalRequestOptions
    ) -> "AsyncPageT":
        def _parser(resp: "AsyncPageT") -> "AsyncPageT":
            resp._set_private_attributes(model=model, client=self, options=options)
            return resp

        options.post_parser = _parser
        return cast("AsyncPageT", await self.request(page, options, stream=False))

    # `get` and `post` return `cast_to`, or `stream_cls` when a stream is asked for with one.
    @overload
    async def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},
        stream: bool = False,
        stream_cls: None = None,
    ) -> ResponseT: ...

    @overload
    async def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},
        stream: Literal[True],
        stream_cls: Type[_AsyncStreamT],
    ) -> _AsyncStreamT: ...

    @overload
    async def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},
        stream: bool,
        stream_cls: Type[_AsyncStreamT],
    ) -> Union[ResponseT, _AsyncStreamT]: ...

    async def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},
        stream: bool = False,
        stream_cls: Optional[Type[_AsyncStreamT]] = None,
    ) -> Union[ResponseT, _AsyncStreamT]:
        opts = FinalRequestOptions.construct(method="get", url=path, **options)
        return cast(
            "Union[ResponseT, _AsyncStreamT]", await self.request(cast_to, opts, stream=stream, stream_cls=stream_cls)
        )

    @overload
    async def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[object] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
        stream: bool = False,
        stream_cls: None = None,
    ) -> ResponseT: ...

    @overload
    async def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[object] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
        stream: Literal[True],
        stream_cls: Type[_AsyncStreamT],
    ) -> _AsyncStreamT: ...

    @overload
    async def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[object] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
        stream: bool,
        stream_cls: Type[_AsyncStreamT],
    ) -> Union[ResponseT, _AsyncStreamT]: ...

    async def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[object] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
        stream: bool = False,
        stream_cls: Optional[Type[_AsyncStreamT]] = None,
    ) -> Union[ResponseT, _AsyncStreamT]:
        opts = FinalRequestOptions.construct(
            method="post", url=path, json_data=body, content=content, files=await async_to_httpx_files(files), **options
        )
        return cast(
            "Union[ResponseT, _AsyncStreamT]", await self.request(cast_to, opts, stream=stream, stream_cls=stream_cls)
        )

    async def patch(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[object] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
    ) -> ResponseT:
        opts = FinalRequestOptions.construct(
            method="patch",
            url=path,
            json_data=body,
            content=content,
            files=await async_to_httpx_files(files),
            **options,
        )
        return cast(ResponseT, await self.request(cast_to, opts))

    async def put(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[object] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
    ) -> ResponseT:
        opts = FinalRequestOptions.construct(
            method="put", url=path, json_data=body, content=content, files=await async_to_httpx_files(files), **options
        )
        return cast(ResponseT, await self.request(cast_to, opts))

    async def delete(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[object] = None,
        options: RequestOptions = {},
    ) -> ResponseT:
        opts = FinalRequestOptions.construct(method="delete", url=path, json_data=body, content=content, **options)
        return cast(ResponseT, await self.request(cast_to, opts))

    def get_api_list(
        self,
        path: str,
        *,
        model: Type[object],
        page: Type["AsyncPageT"],
        body: Optional[Body] = None,
        options: RequestOptions = {},
        method: str = "get",
    ) -> AsyncPaginator[Any, "AsyncPageT"]:
        opts = FinalRequestOptions.construct(method=method, url=path, json_data=body, **options)
        return AsyncPaginator(client=self, options=opts, page_cls=page, model=model)
