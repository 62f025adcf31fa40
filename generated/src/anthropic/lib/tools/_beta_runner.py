"""Tool runners: send a request, run the tools the model asks for, send the results, repeat.

`client.beta.messages.tool_runner(...)` returns one of the four runners here (sync or async, one
message per turn or one stream per turn). Iterating gives each turn's message (or stream); the loop
ends when a turn asks for no client tool, or after `max_iterations` requests.

How a turn is followed up:

* ``tool_use`` blocks: every tool the runner has is called with its input and the results go back in
  one user message, in the order of the calls. A tool that raises yields an ``is_error`` result whose
  text comes from `format_tool_error` (default: the exception type and message, secrets redacted).
  The async runner runs the calls of one turn concurrently and sync tools in worker threads.
* a call of a tool the runner cannot run (a raw dict definition, or a name it does not know) gets an
  ``is_error`` result saying so, and a `UserWarning` is issued. To run such tools yourself, call
  `append_messages(message, your_results)` in the loop body: the runner then sends your messages as
  they are.
* ``stop_reason: "pause_turn"`` (a long server-tool turn the API paused): the assistant message is
  sent back as is so the model can carry on.
* anything else ends the loop, unless the loop body appended messages (then they are sent).

`max_iterations_reached` tells whether the loop stopped because of `max_iterations` while the model
still wanted to go on; the tools of that last turn are then not run (nothing would receive their
results), but `generate_tool_call_response()` still runs them on request.
"""

from __future__ import annotations

import json
import logging
import warnings
from abc import ABC, abstractmethod
from typing import (
    TYPE_CHECKING,
    Any,
    Set,
    Dict,
    List,
    Tuple,
    Union,
    Generic,
    Mapping,
    TypeVar,
    Callable,
    Iterable,
    Iterator,
    Optional,
    Sequence,
    Generator,
    AsyncIterator,
    AsyncGenerator,
    cast,
)
from contextlib import contextmanager, asynccontextmanager

import httpx
import pydantic
from typing_extensions import TypedDict

from ..._types import Body, Query, Headers, NotGiven
from ._beta_functions import (
    BetaFunctionTool,
    BetaAsyncFunctionTool,
    BetaBuiltinFunctionTool,
    BetaAsyncBuiltinFunctionTool,
    _tool_name_of,
)
from ..streaming._types import ResponseFormatT
from ._beta_tool_errors import ToolErrorFormatter, default_tool_error_text
from ._beta_compaction_control import DEFAULT_THRESHOLD, DEFAULT_SUMMARY_PROMPT, CompactionControl

if TYPE_CHECKING:
    from ..._client import Anthropic, AsyncAnthropic
    from ...types.beta import BetaMessage, BetaMessageParam, BetaToolResultBlockParam
    from ..streaming._beta_messages import BetaMessageStream, BetaAsyncMessageStream

__all__ = [
    "RequestOptions",
    "BetaToolRunner",
    "BetaAsyncToolRunner",
    "BetaStreamingToolRunner",
    "BetaAsyncStreamingToolRunner",
]

log = logging.getLogger("anthropic.lib.tools")

RunnerItemT = TypeVar("RunnerItemT")
AnyToolT = TypeVar("AnyToolT")

SyncTool = Union[BetaFunctionTool[Any], BetaBuiltinFunctionTool]
AsyncTool = Union[
    BetaAsyncFunctionTool[Any], BetaAsyncBuiltinFunctionTool, BetaFunctionTool[Any], BetaBuiltinFunctionTool
]

# Block kinds a tool result may contain; anything else a tool returns is sent as JSON text.
_CONTENT_BLOCK_TYPES = frozenset({"text", "image", "search_result", "document", "tool_reference"})

# Request parameters the summary request shares with the conversation it summarises, so the
# history (tool blocks, MCP and container references, thinking) stays valid there.
_SUMMARY_SHARED_PARAMS = (
    "max_tokens",
    "system",
    "tools",
    "betas",
    "container",
    "context_management",
    "mcp_servers",
    "metadata",
    "thinking",
    "inference_geo",
    "service_tier",
    "speed",
)


class RequestOptions(TypedDict, total=False):
    extra_headers: Optional[Headers]
    extra_query: Optional[Query]
    extra_body: Optional[Body]
    timeout: Union[float, httpx.Timeout, None, NotGiven]


# -- helpers shared by every runner ----------------------------------------------------------


def _block_param(block: Any) -> Any:
    if isinstance(block, pydantic.BaseModel):
        data = block.model_dump(mode="json", exclude_unset=True, by_alias=True)
        data.pop("parsed_output", None)  # a parse helper's addition, not part of the API's block
        return data
    return block


def message_to_param(message: Any) -> "BetaMessageParam":
    """A response message (or a message param, returned unchanged) as a message param."""
    if isinstance(message, pydantic.BaseModel):
        response: Any = message
        return cast("BetaMessageParam", {"role": response.role, "content": [_block_param(b) for b in response.content]})
    mapping = _as_mapping(message)
    if mapping is not None and "role" in mapping:
        return cast("BetaMessageParam", mapping)
    raise TypeError(f"Expected a message param dict or a BetaMessage, got {type(message).__name__}")


def _as_mapping(value: object) -> Optional[Mapping[str, Any]]:
    # A function, so the narrowing stays here and callers keep their variable's type.
    return cast("Mapping[str, Any]", value) if isinstance(value, Mapping) else None


def _is_array_like(value: object) -> bool:
    return isinstance(value, (list, tuple)) or (
        isinstance(value, Iterable) and not isinstance(value, (Mapping, bytes, bytearray, pydantic.BaseModel))
    )


def _tool_uses(message: Any) -> List[Any]:
    if message is None or getattr(message, "role", None) != "assistant":
        return []
    return [block for block in message.content or () if getattr(block, "type", None) == "tool_use"]


def tool_result_content(value: Any) -> Any:
    """A tool's return value as tool-result content: text, a list of content blocks, or JSON text.

    Returns None for None (the result is then sent without content).
    """
    if value is None or isinstance(value, str):
        return value
    if _is_content_block(value):
        return [_block_param(value)]
    if _is_array_like(value):
        items: List[Any] = list(value)
        if all(_is_content_block(item) for item in items):
            return [_block_param(item) for item in items]
        value = items
    from pydantic_core import to_jsonable_python

    try:
        return json.dumps(to_jsonable_python(value), ensure_ascii=False)
    except Exception as exc:
        raise TypeError(
            f"A tool returned {type(value).__name__}, which is neither text, content blocks nor JSON-serialisable"
        ) from exc


def _is_content_block(value: Any) -> bool:
    mapping = _as_mapping(value)
    if mapping is not None:
        return mapping.get("type") in _CONTENT_BLOCK_TYPES
    if isinstance(value, pydantic.BaseModel):
        return getattr(value, "type", None) in _CONTENT_BLOCK_TYPES
    return False


def _defined_names(definitions: Iterable[Any]) -> List[str]:
    names: List[str] = []
    for definition in definitions:
        mapping = _as_mapping(definition)
        if mapping is not None and ("name" in mapping or "mcp_server_name" in mapping):
            names.append(_tool_name_of(mapping))
    return names


def _check_unique(names: Sequence[str]) -> None:
    seen: Set[str] = set()
    for name in names:
        if name in seen:
            raise ValueError(
                f"Tool name {name!r} is used by more than one tool; tool names must be unique "
                "(pass name=... to beta_tool to rename one)"
            )
        seen.add(name)


def _usage_tokens(message: Any) -> int:
    usage = getattr(message, "usage", None)
    if usage is None:
        return 0
    return (
        (usage.input_tokens or 0)
        + (getattr(usage, "cache_creation_input_tokens", None) or 0)
        + (getattr(usage, "cache_read_input_tokens", None) or 0)
        + (usage.output_tokens or 0)
    )


def _summary_text(response: Any) -> str:
    texts = [block.text for block in response.content if getattr(block, "type", None) == "text"]
    if not texts:
        kinds = ", ".join(str(getattr(b, "type", "?")) for b in response.content) or "no content"
        raise ValueError(f"The compaction request returned no text to use as a summary (got {kinds})")
    return "".join(texts)


class BaseToolRunner(Generic[AnyToolT, ResponseFormatT]):
    """State and bookkeeping shared by the sync and async runners."""

    def __init__(
        self,
        *,
        params: Mapping[str, Any],
        options: RequestOptions,
        tools: Iterable[AnyToolT],
        max_iterations: Optional[int] = None,
        compaction_control: Optional[CompactionControl] = None,
        format_tool_error: Optional[ToolErrorFormatter] = None,
    ) -> None:
        # Checked at run time: callers without a type checker pass anything.
        given_iterations, given_compaction = cast(object, max_iterations), cast(object, compaction_control)
        if given_iterations is not None and (
            isinstance(given_iterations, bool) or not isinstance(given_iterations, int) or given_iterations < 1
        ):
            raise ValueError(f"max_iterations must be a positive integer, got {max_iterations!r}")
        if given_compaction is not None and not isinstance(given_compaction, Mapping):
            raise TypeError(
                f"compaction_control must be a dict such as {{'enabled': True}}, got {type(compaction_control).__name__}"
            )
        if compaction_control is not None and "enabled" not in compaction_control:
            raise ValueError("compaction_control needs an 'enabled' key")
        if format_tool_error is not None and not callable(format_tool_error):
            raise TypeError("format_tool_error must be a callable taking the exception and returning text")
        if "messages" not in params:
            raise ValueError("params must contain 'messages'")

        tools = list(tools)
        _check_unique(_defined_names(params.get("tools") or ()))
        _check_unique([tool.name for tool in tools])  # type: ignore[attr-defined]
        self._tools_by_name: Dict[str, AnyToolT] = {tool.name: tool for tool in tools}  # type: ignore[attr-defined]
        self._params: Dict[str, Any] = {**params, "messages": list(params["messages"])}
        self._options = options
        self._max_iterations = max_iterations
        self._compaction_control = compaction_control
        self._format_tool_error = format_tool_error
        self._iteration_count = 0
        self._max_iterations_reached = False
        self._messages_modified = False
        self._cached_tool_call_response: Optional[BetaMessageParam] = None
        self._last_message: Any = None
        self._unread_item: Any = None  # this turn's message or stream, until its final message is known
        self._known_secrets: Tuple[Optional[str], ...] = ()

    # -- public state ------------------------------------------------------------------------

    @property
    def iteration_count(self) -> int:
        """How many requests the runner has sent (compaction requests not counted)."""
        return self._iteration_count

    @property
    def max_iterations_reached(self) -> bool:
        """True when the loop ended because of `max_iterations` although the model wanted another turn."""
        return self._max_iterations_reached

    # -- changing the conversation -----------------------------------------------------------

    def set_messages_params(
        self, params: Union[Mapping[str, Any], Callable[[Dict[str, Any]], Mapping[str, Any]]]
    ) -> None:
        """Replace the request parameters for the following turns, or pass a function that maps the
        current ones to new ones. Tool results already computed for the last turn are kept."""
        new = _as_mapping(params(self._params) if callable(params) else params)
        if new is None or "messages" not in new:
            raise TypeError("set_messages_params needs a mapping of request parameters that includes 'messages'")
        self._params = {**new, "messages": list(new["messages"])}

    def append_messages(self, *messages: Any) -> None:
        """Add messages (params or response messages) to the conversation.

        Called from the loop body, this replaces the runner's own follow-up of the current turn: the
        next request is sent with the messages as they now are, and cached tool results are dropped.
        """
        added = [message_to_param(message) for message in messages]
        self._params = {**self._params, "messages": [*self._params["messages"], *added]}
        self._messages_modified = True
        self._cached_tool_call_response = None

    # -- the loop's decisions ----------------------------------------------------------------

    def _within_limit(self) -> bool:
        if self._max_iterations is not None and self._iteration_count >= self._max_iterations:
            self._max_iterations_reached = True
            log.info("Tool runner stopped after max_iterations=%s requests.", self._max_iterations)
            return False
        return True

    def _wants_another_turn(self, message: Any) -> bool:
        return bool(_tool_uses(message)) or getattr(message, "stop_reason", None) == "pause_turn"

    def _error_text(self, exc: BaseException) -> str:
        if self._format_tool_error is not None:
            return str(self._format_tool_error(exc))
        return default_tool_error_text(exc, self._known_secrets)

    def _error_result(self, tool_use: Any, text: str) -> "BetaToolResultBlockParam":
        return {"type": "tool_result", "tool_use_id": tool_use.id, "content": text, "is_error": True}

    def _unrunnable_result(self, tool_use: Any) -> "BetaToolResultBlockParam":
        name = tool_use.name
        if name in _defined_names(self._params.get("tools") or ()):
            text = f"Error: the tool {name!r} is not available to run here (no implementation was provided)."
            hint = (
                f"The model called {name!r}, which was given to the tool runner as a tool definition without "
                "an implementation; an error result was sent. To answer such calls yourself, call "
                "runner.append_messages(message, your_tool_results) in the loop body, or pass a function "
                "decorated with @beta_tool."
            )
        else:
            known = ", ".join(sorted(self._tools_by_name)) or "none"
            text = f"Error: there is no tool named {name!r}. Available tools: {known}."
            hint = f"The model called an unknown tool {name!r}; an error result was sent."
        warnings.warn(hint, UserWarning, stacklevel=4)
        return self._error_result(tool_use, text)

    def _success_result(self, tool_use: Any, value: Any) -> "BetaToolResultBlockParam":
        result: Dict[str, Any] = {"type": "tool_result", "tool_use_id": tool_use.id}
        content = tool_result_content(value)
        if content is not None:
            result["content"] = content
        return cast("BetaToolResultBlockParam", result)

    def _continue_with(self, message: Any, response: Optional["BetaMessageParam"]) -> None:
        follow_up = [message_to_param(message)] + ([response] if response is not None else [])
        self._params = {**self._params, "messages": [*self._params["messages"], *follow_up]}

    def _should_compact(self, message: Any) -> bool:
        control = self._compaction_control
        if not control or not control.get("enabled"):
            return False
        threshold = control.get("context_token_threshold", DEFAULT_THRESHOLD)
        used = _usage_tokens(message)
        if used < threshold:
            return False
        log.info("Turn used %s tokens (threshold %s); compacting the conversation.", used, threshold)
        return True

    def _summary_request(self) -> Dict[str, Any]:
        control = cast(CompactionControl, self._compaction_control)
        request: Dict[str, Any] = {k: self._params[k] for k in _SUMMARY_SHARED_PARAMS if k in self._params}
        request["model"] = control.get("model", self._params["model"])
        prompt = control.get("summary_prompt", DEFAULT_SUMMARY_PROMPT)
        request["messages"] = [*self._params["messages"], {"role": "user", "content": prompt}]
        if request.get("tools"):
            # The tools stay defined (the history refers to them), but this turn must answer in text.
            request["tool_choice"] = {"type": "none"}
        options = dict(self._options)
        options["extra_headers"] = {**(self._options.get("extra_headers") or {}), "X-Stainless-Helper": "compaction"}
        request.update(options)
        return request

    def _replace_history(self, summary: str) -> None:
        self._params = {**self._params, "messages": [{"role": "user", "content": [{"type": "text", "text": summary}]}]}

    def _request_method(self, messages: Any) -> Any:
        """`create`, or `parse` when `output_format` is a type whose instances the text should become."""
        output_format = self._params.get("output_format")
        if output_format is None or isinstance(output_format, Mapping):
            return messages.create
        parse = getattr(messages, "parse", None)
        if parse is None:
            raise TypeError("output_format given as a type needs client.beta.messages.parse, which is not available")
        return parse


# -- sync ----------------------------------------------------------------------------------


class BaseSyncToolRunner(BaseToolRunner[SyncTool, ResponseFormatT], Generic[RunnerItemT, ResponseFormatT], ABC):
    def __init__(
        self,
        *,
        params: Mapping[str, Any],
        options: RequestOptions,
        tools: Iterable[SyncTool],
        client: "Anthropic",
        max_iterations: Optional[int] = None,
        compaction_control: Optional[CompactionControl] = None,
        format_tool_error: Optional[ToolErrorFormatter] = None,
    ) -> None:
        tools = list(tools)
        for tool in tools:
            if not isinstance(cast(object, tool), (BetaFunctionTool, BetaBuiltinFunctionTool)):
                raise TypeError(
                    f"The sync tool runner cannot run {tool!r}; async tools need AsyncAnthropic's tool_runner"
                )
        super().__init__(
            params=params,
            options=options,
            tools=tools,
            max_iterations=max_iterations,
            compaction_control=compaction_control,
            format_tool_error=format_tool_error,
        )
        self._client = client
        self._known_secrets = (getattr(client, "api_key", None), getattr(client, "auth_token", None))
        self._iterator = self.__run__()

    def __next__(self) -> RunnerItemT:
        return next(self._iterator)

    def __iter__(self) -> Iterator[RunnerItemT]:
        return self

    @abstractmethod
    def _handle_request(self) -> Any:
        """A context manager giving this turn's item (message or stream)."""

    @abstractmethod
    def _final_message(self, item: RunnerItemT) -> Any: ...

    def __run__(self) -> Iterator[RunnerItemT]:
        while True:
            with self._handle_request() as item:
                self._iteration_count += 1
                self._unread_item = item
                yield item
                message = self._current_message()
            if not self._follow_up(message):
                return

    def _follow_up(self, message: Any) -> bool:
        """Prepare the next request; False when the conversation is over."""
        if not self._messages_modified and not self._wants_another_turn(message):
            return False
        if not self._within_limit():
            return False
        if self._messages_modified:
            self._messages_modified = False  # the loop body already said what comes next
        else:
            self._continue_with(message, self.generate_tool_call_response())
        self._cached_tool_call_response = None
        if self._should_compact(message):
            self._replace_history(_summary_text(self._client.beta.messages.create(**self._summary_request())))
        return True

    def until_done(self) -> "BetaMessage":
        """Run the loop to the end and return the last message."""
        for _ in self:
            pass
        return cast("BetaMessage", self._current_message())

    def _current_message(self) -> Any:
        """The latest turn's message (for a stream, read to its end first)."""
        if self._unread_item is not None:
            self._last_message = self._final_message(self._unread_item)
            self._unread_item = None
        return self._last_message

    def generate_tool_call_response(self) -> Optional["BetaMessageParam"]:
        """The user message answering the last message's tool calls (None when it made none).

        The tools run once per turn; later calls return the same message.
        """
        if self._cached_tool_call_response is None:
            self._cached_tool_call_response = self._run_tools(_tool_uses(self._current_message()))
        return self._cached_tool_call_response

    def _run_tools(self, tool_uses: List[Any]) -> Optional["BetaMessageParam"]:
        if not tool_uses:
            return None
        return {"role": "user", "content": [self._run_tool(tool_use) for tool_use in tool_uses]}

    def _run_tool(self, tool_use: Any) -> "BetaToolResultBlockParam":
        tool = self._tools_by_name.get(tool_use.name)
        if tool is None:
            return self._unrunnable_result(tool_use)
        try:
            return self._success_result(tool_use, tool.call(tool_use.input))
        except Exception as exc:
            log.info("Tool %r raised; an error result goes to the model.", tool_use.name, exc_info=True)
            return self._error_result(tool_use, self._error_text(exc))


class BetaToolRunner(BaseSyncToolRunner["BetaMessage", ResponseFormatT]):
    """Iterate to get each turn's message; see the module docstring for how turns are followed up."""

    @contextmanager
    def _handle_request(self) -> Generator["BetaMessage", None, None]:
        yield self._request_method(self._client.beta.messages)(**self._params, **self._options)

    def _final_message(self, item: "BetaMessage") -> Any:
        return item


class BetaStreamingToolRunner(BaseSyncToolRunner["BetaMessageStream[ResponseFormatT]", ResponseFormatT]):
    """Iterate to get a `BetaMessageStream` per turn; read it (or not) before asking for the next."""

    @contextmanager
    def _handle_request(self) -> Generator["BetaMessageStream[ResponseFormatT]", None, None]:
        with self._client.beta.messages.stream(**self._params, **self._options) as stream:
            yield stream

    def _final_message(self, item: "BetaMessageStream[ResponseFormatT]") -> Any:
        return item.get_final_message()


# -- async ---------------------------------------------------------------------------------


class BaseAsyncToolRunner(BaseToolRunner[AsyncTool, ResponseFormatT], Generic[RunnerItemT, ResponseFormatT], ABC):
    def __init__(
        self,
        *,
        params: Mapping[str, Any],
        options: RequestOptions,
        tools: Iterable[AsyncTool],
        client: "AsyncAnthropic",
        max_iterations: Optional[int] = None,
        compaction_control: Optional[CompactionControl] = None,
        format_tool_error: Optional[ToolErrorFormatter] = None,
    ) -> None:
        tools = list(tools)
        for tool in tools:
            if not isinstance(
                cast(object, tool),
                (BetaAsyncFunctionTool, BetaAsyncBuiltinFunctionTool, BetaFunctionTool, BetaBuiltinFunctionTool),
            ):
                raise TypeError(f"The async tool runner cannot run {tool!r}")
        super().__init__(
            params=params,
            options=options,
            tools=tools,
            max_iterations=max_iterations,
            compaction_control=compaction_control,
            format_tool_error=format_tool_error,
        )
        self._client = client
        self._known_secrets = (getattr(client, "api_key", None), getattr(client, "auth_token", None))
        self._iterator = self.__run__()

    async def __anext__(self) -> RunnerItemT:
        return await self._iterator.__anext__()

    def __aiter__(self) -> AsyncIterator[RunnerItemT]:
        return self

    @abstractmethod
    def _handle_request(self) -> Any:
        """An async context manager giving this turn's item (message or stream)."""

    @abstractmethod
    async def _final_message(self, item: RunnerItemT) -> Any: ...

    async def __run__(self) -> AsyncIterator[RunnerItemT]:
        while True:
            async with self._handle_request() as item:
                self._iteration_count += 1
                self._unread_item = item
                yield item
                message = await self._current_message()
            if not await self._follow_up(message):
                return

    async def _follow_up(self, message: Any) -> bool:
        """Prepare the next request; False when the conversation is over."""
        if not self._messages_modified and not self._wants_another_turn(message):
            return False
        if not self._within_limit():
            return False
        if self._messages_modified:
            self._messages_modified = False  # the loop body already said what comes next
        else:
            self._continue_with(message, await self.generate_tool_call_response())
        self._cached_tool_call_response = None
        if self._should_compact(message):
            self._replace_history(_summary_text(await self._client.beta.messages.create(**self._summary_request())))
        return True

    async def until_done(self) -> "BetaMessage":
        """Run the loop to the end and return the last message."""
        async for _ in self:
            pass
        return cast("BetaMessage", await self._current_message())

    async def _current_message(self) -> Any:
        """The latest turn's message (for a stream, read to its end first)."""
        if self._unread_item is not None:
            self._last_message = await self._final_message(self._unread_item)
            self._unread_item = None
        return self._last_message

    async def generate_tool_call_response(self) -> Optional["BetaMessageParam"]:
        """The user message answering the last message's tool calls (None when it made none).

        The calls of one turn run concurrently (sync tools in worker threads); results keep the
        order of the calls. The tools run once per turn; later calls return the same message.
        """
        if self._cached_tool_call_response is None:
            self._cached_tool_call_response = await self._run_tools(_tool_uses(await self._current_message()))
        return self._cached_tool_call_response

    async def _run_tools(self, tool_uses: List[Any]) -> Optional["BetaMessageParam"]:
        if not tool_uses:
            return None
        if len(tool_uses) == 1:
            return {"role": "user", "content": [await self._run_tool(tool_uses[0])]}

        import anyio

        results: List[Any] = [None] * len(tool_uses)

        async def run(index: int, tool_use: Any) -> None:
            results[index] = await self._run_tool(tool_use)

        async with anyio.create_task_group() as group:
            for index, tool_use in enumerate(tool_uses):
                group.start_soon(run, index, tool_use)
        return {"role": "user", "content": results}

    async def _run_tool(self, tool_use: Any) -> "BetaToolResultBlockParam":
        tool = self._tools_by_name.get(tool_use.name)
        if tool is None:
            return self._unrunnable_result(tool_use)
        try:
            if isinstance(tool, (BetaAsyncFunctionTool, BetaAsyncBuiltinFunctionTool)):
                value = await tool.call(tool_use.input)
            else:
                import anyio.to_thread

                value = await anyio.to_thread.run_sync(tool.call, tool_use.input)
            return self._success_result(tool_use, value)
        except Exception as exc:
            log.info("Tool %r raised; an error result goes to the model.", tool_use.name, exc_info=True)
            return self._error_result(tool_use, self._error_text(exc))


class BetaAsyncToolRunner(BaseAsyncToolRunner["BetaMessage", ResponseFormatT]):
    """Iterate with ``async for`` to get each turn's message."""

    @asynccontextmanager
    async def _handle_request(self) -> AsyncGenerator["BetaMessage", None]:
        yield await self._request_method(self._client.beta.messages)(**self._params, **self._options)

    async def _final_message(self, item: "BetaMessage") -> Any:
        return item


class BetaAsyncStreamingToolRunner(BaseAsyncToolRunner["BetaAsyncMessageStream[ResponseFormatT]", ResponseFormatT]):
    """Iterate with ``async for`` to get a `BetaAsyncMessageStream` per turn."""

    @asynccontextmanager
    async def _handle_request(self) -> AsyncGenerator["BetaAsyncMessageStream[ResponseFormatT]", None]:
        async with self._client.beta.messages.stream(**self._params, **self._options) as stream:
            yield stream

    async def _final_message(self, item: "BetaAsyncMessageStream[ResponseFormatT]") -> Any:
        return await item.get_final_message()
