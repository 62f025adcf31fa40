"""Sync and async message streams over one accumulation engine.

`MessageStream` (and the beta and async variants) read the raw event stream
once. Each event is decoded to JSON by the runtime `Stream`, folded into the
accumulator, and only turned into typed objects when the caller iterates over
events: `get_final_message()`, `until_done()` and `text_stream` skip that work.
"""

from __future__ import annotations

from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    Dict,
    List,
    Type,
    Tuple,
    Union,
    Generic,
    TypeVar,
    Callable,
    Iterator,
    Optional,
    Awaitable,
    AsyncIterator,
    cast,
)

from typing_extensions import Self

from ..._types import NOT_GIVEN, NotGiven
from ..._construct import construct_type
from ._accumulator import StreamFlavour, MessageAccumulator

if TYPE_CHECKING:
    import httpx

    from ..._streaming import Stream, AsyncStream

__all__ = ["StreamSpec", "SyncMessageStreamBase", "AsyncMessageStreamBase", "SyncManagerBase", "AsyncManagerBase"]

_T = TypeVar("_T")
_MessageT = TypeVar("_MessageT")
_StreamT = TypeVar("_StreamT")


class StreamSpec:
    """Everything one API surface (plain or beta) needs: its types and its SDK-level event classes."""

    def __init__(
        self,
        *,
        flavour: StreamFlavour,
        raw_event: Any,
        delta_events: List[Type[Any]],
        message_stop: Type[Any],
        content_block_stop: Type[Any],
    ) -> None:
        self.flavour = flavour
        self.raw_event = raw_event
        self.message_stop = message_stop
        self.content_block_stop = content_block_stop
        # delta kind -> (event class, its tag, the delta fields it copies, the snapshot's declared type)
        self.delta_events: Dict[str, Tuple[Type[Any], str, Tuple[str, ...], Any]] = {}
        for cls in delta_events:
            tag = _literal_tag(cls)
            fields = tuple(name for name in cls.model_fields if name not in ("type", "snapshot"))
            snapshot = cls.model_fields.get("snapshot")
            for delta_kind in flavour.delta_models:
                if delta_kind in (f"{tag}_delta", f"{tag}s_delta"):
                    self.delta_events[delta_kind] = (cls, tag, fields, snapshot.annotation if snapshot else None)


def _literal_tag(cls: Type[Any]) -> str:
    from ..._utils._typing import get_args

    return str(get_args(cls.model_fields["type"].annotation)[0])


def _typed_snapshot(annotation: Any, value: Any) -> Any:
    if annotation in (str, object) or value is None:
        return value
    return construct_type(type_=annotation, value=value)


class _StreamCore(Generic[_MessageT]):
    """State and event building shared by the sync and async streams."""

    _spec: Callable[[], StreamSpec]  # a staticmethod on each concrete stream class
    _spec_obj: StreamSpec
    _raw_stream: Any

    def _setup(self, raw_stream: Any, output_format: Any) -> None:
        self._raw_stream = raw_stream
        self._spec_obj = spec = self._spec()
        response = getattr(raw_stream, "response", None)
        self._acc = MessageAccumulator(spec.flavour, response=response)
        self._output_format = output_format
        self._parser: Any = None
        # parsed outputs not yet copied onto the typed snapshot, by block index
        self._parsed_pending: Dict[int, Any] = {}
        # (block index, text, pydantic error) of the first text block that failed to validate
        self._parse_failure: Optional[Tuple[int, str, Any]] = None
        if not isinstance(output_format, NotGiven) and output_format is not None:
            from .._parse._response import OutputParser

            self._parser = OutputParser(output_format)

    @property
    def response(self) -> "httpx.Response":
        """The HTTP response the events are read from."""
        return self._raw_stream.response  # type: ignore[no-any-return]

    @property
    def request_id(self) -> Optional[str]:
        """The `request-id` header of the response, for support requests."""
        return self.response.headers.get("request-id")  # type: ignore[no-any-return]

    @property
    def current_message_snapshot(self) -> _MessageT:
        """The message accumulated so far; the same object is updated as events arrive."""
        return self._snapshot()  # type: ignore[no-any-return]

    def _snapshot(self) -> Any:
        message = self._acc.snapshot()
        if self._parsed_pending:
            # Text blocks keep their identity once typed, so each value is copied over once.
            content = message.content
            for index, value in self._parsed_pending.items():
                content[index].parsed_output = value
            self._parsed_pending.clear()
        return message

    def _feed(self, data: Dict[str, Any]) -> None:
        acc = self._acc
        acc.feed(data)
        if self._parser is None:
            return
        kind = data.get("type")
        if kind == "content_block_stop":
            index: int = data["index"]
            block = acc.blocks[index]
            if block.type == "text":
                self._parse_block(block.index, acc.field_value(block, "text") or "")
        elif kind == "message_stop" and self._parse_failure is not None:
            # Raised once the message is complete, when stop_reason can say why the text is wrong.
            index, text, error = self._parse_failure
            stop_reason = (acc.message or {}).get("stop_reason")
            raise self._parser.error(error, text=text, index=index, stop_reason=stop_reason)

    def _parse_block(self, index: int, text: str) -> None:
        import pydantic

        try:
            value = self._parser.validate(text)
        except pydantic.ValidationError as error:
            if self._parse_failure is None:
                self._parse_failure = (index, text, error)
            return
        self._parsed_pending[index] = value

    def _raw_to_dict(self, event: Any) -> Dict[str, Any]:
        if isinstance(event, dict):
            return cast("Dict[str, Any]", event)
        return event.to_dict(mode="json", warnings=False)  # type: ignore[no-any-return]

    def _build_raw(self, data: Dict[str, Any]) -> Any:
        build = getattr(self._raw_stream, "_build", None)
        if build is not None:
            return build({"data": data})
        return construct_type(type_=self._spec_obj.raw_event, value=data)

    def _events_for(self, data: Dict[str, Any], typed: Any) -> List[Any]:
        kind = data.get("type")
        spec = self._spec_obj
        acc = self._acc
        if kind == "content_block_delta":
            if typed is None:
                typed = self._build_raw(data)
            events = [typed]
            delta = data.get("delta")
            delta = cast("Dict[str, Any]", delta) if isinstance(delta, dict) else None
            entry = spec.delta_events.get(delta.get("type", "")) if delta is not None else None
            if entry is not None and delta is not None:
                block_index: int = data["index"]
                block = acc.blocks[block_index]
                actions = spec.flavour.actions(block, delta)
                if actions:
                    cls, tag, fields, snapshot_type = entry
                    typed_delta = getattr(typed, "delta", None)
                    values = {name: getattr(typed_delta, name, None) for name in fields}
                    values["type"] = tag
                    if snapshot_type is None:
                        events.append(cls.model_construct(**values))
                    else:
                        field = actions[0][1]
                        store = block.stores.get(field)
                        count = store.count() if store is not None else None

                        def source(block: Any = block, field: str = field, count: Any = count) -> Any:
                            return _typed_snapshot(snapshot_type, acc.field_value(block, field, count))

                        events.append(cls._deferred(source, **values))
            return events
        if kind == "content_block_stop":
            index = data["index"]
            return [
                spec.content_block_stop.model_construct(
                    type="content_block_stop", index=index, content_block=self._snapshot().content[index]
                )
            ]
        if kind == "message_stop":
            return [spec.message_stop.model_construct(type="message_stop", message=self._snapshot())]
        return [typed if typed is not None else self._build_raw(data)]

    def _final_message(self) -> Any:
        if not self._acc.stopped:
            raise self._acc.incomplete_error()
        return self._snapshot()

    @staticmethod
    def _final_text(message: Any) -> str:
        texts = [block.text for block in message.content if getattr(block, "type", None) == "text"]
        if not texts:
            kinds = ", ".join(str(getattr(block, "type", "?")) for block in message.content) or "no"
            raise RuntimeError(
                f"get_final_text() needs at least one `text` content block, but the message has {kinds} "
                "content block(s); read them from get_final_message().content instead."
            )
        return "".join(texts)


def _is_text_delta(data: Dict[str, Any]) -> Optional[str]:
    if data.get("type") == "content_block_delta":
        delta = data.get("delta")
        if isinstance(delta, dict) and cast("Dict[str, Any]", delta).get("type") == "text_delta":
            text = cast("Dict[str, Any]", delta).get("text")
            if isinstance(text, str):
                return text
    return None


class SyncMessageStreamBase(_StreamCore[_MessageT], Generic[_T, _MessageT]):
    text_stream: Iterator[str]
    """The text of each `text_delta`, in order: `for text in stream.text_stream: print(text, end="")`."""

    def __init__(self, raw_stream: "Stream[Any]", output_format: Any = NOT_GIVEN) -> None:
        self._setup(raw_stream, output_format)
        self._source = self.__source__()
        self._iterator = self.__stream__()
        self.text_stream = self.__stream_text__()

    def __next__(self) -> _T:
        return self._iterator.__next__()

    def __iter__(self) -> Iterator[_T]:
        for event in self._iterator:
            yield event

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        self.close()

    def close(self) -> None:
        """Release the connection; called automatically once the body has been read."""
        self._raw_stream.close()

    def until_done(self) -> None:
        """Read the rest of the stream."""
        for _ in self._source:
            pass

    def get_final_message(self) -> _MessageT:
        """Read the rest of the stream and return the complete message."""
        self.until_done()
        return self._final_message()  # type: ignore[no-any-return]

    def get_final_text(self) -> str:
        """The text of all `text` blocks of the final message, concatenated."""
        return self._final_text(self.get_final_message())

    def __source__(self) -> Iterator[Tuple[Dict[str, Any], Any]]:
        raw = self._raw_stream
        iter_events = getattr(raw, "_iter_events", None)
        handle = getattr(raw, "_handle", None)
        if iter_events is not None and handle is not None:
            try:
                for sse in iter_events():
                    payload = handle(sse)
                    if payload is None:
                        continue
                    data = payload["data"]
                    if isinstance(data, dict):
                        data = cast("Dict[str, Any]", data)
                        self._feed(data)
                        yield data, None
            finally:
                raw.close()
        else:
            for event in raw:
                data = self._raw_to_dict(event)
                self._feed(data)
                yield data, event
        if not self._acc.stopped:
            raise self._acc.incomplete_error()

    def __stream__(self) -> Iterator[_T]:
        for data, typed in self._source:
            yield from self._events_for(data, typed)

    def __stream_text__(self) -> Iterator[str]:
        for data, _ in self._source:
            text = _is_text_delta(data)
            if text is not None:
                yield text


class AsyncMessageStreamBase(_StreamCore[_MessageT], Generic[_T, _MessageT]):
    text_stream: AsyncIterator[str]
    """The text of each `text_delta`, in order: `async for text in stream.text_stream: ...`."""

    def __init__(self, raw_stream: "AsyncStream[Any]", output_format: Any = NOT_GIVEN) -> None:
        self._setup(raw_stream, output_format)
        self._source = self.__source__()
        self._iterator = self.__stream__()
        self.text_stream = self.__stream_text__()

    async def __anext__(self) -> _T:
        return await self._iterator.__anext__()

    async def __aiter__(self) -> AsyncIterator[_T]:
        async for event in self._iterator:
            yield event

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Release the connection; called automatically once the body has been read."""
        await self._raw_stream.close()

    async def until_done(self) -> None:
        """Read the rest of the stream."""
        async for _ in self._source:
            pass

    async def get_final_message(self) -> _MessageT:
        """Read the rest of the stream and return the complete message."""
        await self.until_done()
        return self._final_message()  # type: ignore[no-any-return]

    async def get_final_text(self) -> str:
        """The text of all `text` blocks of the final message, concatenated."""
        return self._final_text(await self.get_final_message())

    async def __source__(self) -> AsyncIterator[Tuple[Dict[str, Any], Any]]:
        raw = self._raw_stream
        iter_events = getattr(raw, "_iter_events", None)
        handle = getattr(raw, "_handle", None)
        if iter_events is not None and handle is not None:
            try:
                async for sse in iter_events():
                    payload = handle(sse)
                    if payload is None:
                        continue
                    data = payload["data"]
                    if isinstance(data, dict):
                        data = cast("Dict[str, Any]", data)
                        self._feed(data)
                        yield data, None
            finally:
                await raw.close()
        else:
            async for event in raw:
                data = self._raw_to_dict(event)
                self._feed(data)
                yield data, event
        if not self._acc.stopped:
            raise self._acc.incomplete_error()

    async def __stream__(self) -> AsyncIterator[_T]:
        async for data, typed in self._source:
            for event in self._events_for(data, typed):
                yield event

    async def __stream_text__(self) -> AsyncIterator[str]:
        async for data, _ in self._source:
            text = _is_text_delta(data)
            if text is not None:
                yield text


class SyncManagerBase(Generic[_StreamT]):
    """Returned by `.stream()`: sends the request when the `with` block is entered."""

    _stream_cls: Any

    def __init__(self, api_request: Callable[[], Any], *, output_format: Any = NOT_GIVEN) -> None:
        self.__api_request = api_request
        self.__output_format = output_format
        self.__stream: Optional[Any] = None

    def __enter__(self) -> _StreamT:
        self.__stream = self._stream_cls(self.__api_request(), output_format=self.__output_format)
        return self.__stream  # type: ignore[no-any-return]

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        if self.__stream is not None:
            self.__stream.close()


class AsyncManagerBase(Generic[_StreamT]):
    """Returned by `.stream()`: sends the request when the `async with` block is entered.

    `api_request` is a function returning an awaitable (preferred: nothing is created
    until the block is entered) or the awaitable itself.
    """

    _stream_cls: Any

    def __init__(
        self,
        api_request: Union[Callable[[], Awaitable[Any]], Awaitable[Any]],
        *,
        output_format: Any = NOT_GIVEN,
    ) -> None:
        self.__api_request = api_request
        self.__output_format = output_format
        self.__stream: Optional[Any] = None

    async def __aenter__(self) -> _StreamT:
        request = self.__api_request
        awaitable = request() if callable(request) else request
        self.__stream = self._stream_cls(await awaitable, output_format=self.__output_format)
        return self.__stream  # type: ignore[no-any-return]

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        if self.__stream is not None:
            await self.__stream.close()
