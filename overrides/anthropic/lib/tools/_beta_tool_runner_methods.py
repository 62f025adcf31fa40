"""`beta.messages.tool_runner(...)`, attached to the generated beta `Messages` classes (see spec/sdk.yml).

The resource modules import this at load time, so it imports nothing heavy until a runner is made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Dict, Iterable, List, Mapping, Optional, Tuple, Union, cast, overload

import httpx
from typing_extensions import Literal

from ..._types import Body, Headers, NotGiven, Omit, Query, SequenceNotStr, not_given, omit

if TYPE_CHECKING:
    from ...resources.beta.messages.messages import AsyncMessages, Messages
    from ...types import AnthropicBetaParam
    from ...types.beta import (
        BetaContainerParams,
        BetaContextManagementConfigParam,
        BetaMessageParam,
        BetaMetadataParam,
        BetaOutputConfigParam,
        BetaRequestMCPServerURLDefinitionParam,
        BetaSpeedParam,
        BetaTextBlockParam,
        BetaThinkingConfigParam,
        BetaToolChoiceParam,
        BetaToolUnionParam,
    )
    from ...types.model_param import ModelParam
    from ._beta_compaction_control import CompactionControl
    from ._beta_functions import BetaAsyncRunnableTool, BetaRunnableTool
    from ._beta_runner import (
        BetaAsyncStreamingToolRunner,
        BetaAsyncToolRunner,
        BetaStreamingToolRunner,
        BetaToolRunner,
    )
    from ._beta_tool_errors import ToolErrorFormatter

__all__ = ["tool_runner", "async_tool_runner"]

_HELPER_HEADER = {"X-Stainless-Helper": "BetaToolRunner"}


def _split_tools(tools: Iterable[Any], *, asynchronous: bool) -> Tuple[List[Any], List[Any]]:
    """(tools the runner can run, every definition to send), in the order given."""
    from ._beta_functions import (
        BaseFunctionTool,
        BetaAsyncBuiltinFunctionTool,
        BetaAsyncFunctionTool,
        BetaBuiltinFunctionTool,
        BetaFunctionTool,
        _is_async_callable,
    )

    given = cast(object, tools)  # checked at run time: callers without a type checker pass anything
    if isinstance(given, (str, bytes, Mapping)) or not isinstance(given, Iterable):
        raise TypeError(f"tools must be a list of tools, got {type(tools).__name__}")
    runnable: List[Any] = []
    definitions: List[Any] = []
    for index, tool in enumerate(tools):
        if isinstance(tool, Mapping):
            definitions.append(tool)
            continue
        if not isinstance(tool, (BaseFunctionTool, BetaBuiltinFunctionTool, BetaAsyncBuiltinFunctionTool)):
            if not callable(tool):
                raise TypeError(
                    f"tools[{index}] has type {type(tool).__name__}; expected a @beta_tool function, a built-in tool "
                    "object (e.g. a memory tool), a plain function, or a tool definition dict"
                )
            # A plain function: describe it the way @beta_tool / @beta_async_tool would.
            function: Any = tool
            tool = BetaAsyncFunctionTool(function) if _is_async_callable(function) else BetaFunctionTool(function)
        if isinstance(tool, BaseFunctionTool) and tool.needs_binding:
            raise TypeError(
                f"tools[{index}] ({tool.name!r}) is a method looked up on its class; pass it from an instance"
            )
        if not asynchronous and isinstance(tool, (BetaAsyncFunctionTool, BetaAsyncBuiltinFunctionTool)):
            raise TypeError(
                f"tools[{index}] ({tool.name!r}) is async; use it with AsyncAnthropic's "
                "beta.messages.tool_runner, or make it a plain function with @beta_tool"
            )
        runnable.append(tool)
        definitions.append(tool.to_dict())
    return runnable, definitions


def _prepare(
    *,
    tools: Any,
    asynchronous: bool,
    given: Dict[str, Any],
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    extra_body: Optional[Body],
    timeout: Any,
) -> Tuple[List[Any], Dict[str, Any], Dict[str, Any]]:
    runnable, definitions = _split_tools(tools, asynchronous=asynchronous)
    params = {key: value for key, value in given.items() if not isinstance(value, (Omit, NotGiven))}
    if params.get("output_format", omit) is None:
        del params["output_format"]
    params["tools"] = definitions
    options: Dict[str, Any] = {"extra_headers": {**_HELPER_HEADER, **(extra_headers or {})}}
    if extra_query is not None:
        options["extra_query"] = extra_query
    if extra_body is not None:
        options["extra_body"] = extra_body
    if not isinstance(timeout, NotGiven):
        options["timeout"] = timeout
    return runnable, params, options


def _given_params(frame_locals: Dict[str, Any]) -> Dict[str, Any]:
    return {name: frame_locals[name] for name in _PARAM_NAMES}


_PARAM_NAMES = (
    "max_tokens",
    "messages",
    "model",
    "container",
    "context_management",
    "inference_geo",
    "mcp_servers",
    "metadata",
    "output_config",
    "output_format",
    "service_tier",
    "speed",
    "stop_sequences",
    "system",
    "temperature",
    "thinking",
    "tool_choice",
    "top_k",
    "top_p",
    "betas",
)


def _optional(value: Any) -> Any:
    return None if isinstance(value, (Omit, NotGiven)) else value


@overload
def tool_runner(
    self: Messages,
    *,
    max_tokens: int,
    messages: Iterable[BetaMessageParam],
    model: ModelParam,
    tools: Iterable[Union[BetaRunnableTool, BetaToolUnionParam, Callable[..., Any]]],
    compaction_control: CompactionControl | Omit = omit,
    max_iterations: int | Omit = omit,
    container: Optional[Union[BetaContainerParams, str]] | Omit = omit,
    context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
    inference_geo: Optional[str] | Omit = omit,
    mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
    metadata: BetaMetadataParam | Omit = omit,
    output_config: BetaOutputConfigParam | Omit = omit,
    output_format: Any = omit,
    service_tier: Literal["auto", "standard_only"] | Omit = omit,
    speed: Optional[BetaSpeedParam] | Omit = omit,
    stop_sequences: SequenceNotStr[str] | Omit = omit,
    stream: Literal[False] | Omit = omit,
    system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
    temperature: float | Omit = omit,
    top_k: int | Omit = omit,
    top_p: float | Omit = omit,
    thinking: BetaThinkingConfigParam | Omit = omit,
    tool_choice: BetaToolChoiceParam | Omit = omit,
    betas: List[AnthropicBetaParam] | Omit = omit,
    format_tool_error: ToolErrorFormatter | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = not_given,
) -> BetaToolRunner[Any]: ...


@overload
def tool_runner(
    self: Messages,
    *,
    max_tokens: int,
    messages: Iterable[BetaMessageParam],
    model: ModelParam,
    tools: Iterable[Union[BetaRunnableTool, BetaToolUnionParam, Callable[..., Any]]],
    compaction_control: CompactionControl | Omit = omit,
    stream: Literal[True],
    max_iterations: int | Omit = omit,
    container: Optional[Union[BetaContainerParams, str]] | Omit = omit,
    context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
    inference_geo: Optional[str] | Omit = omit,
    mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
    metadata: BetaMetadataParam | Omit = omit,
    output_config: BetaOutputConfigParam | Omit = omit,
    output_format: Any = omit,
    service_tier: Literal["auto", "standard_only"] | Omit = omit,
    speed: Optional[BetaSpeedParam] | Omit = omit,
    stop_sequences: SequenceNotStr[str] | Omit = omit,
    system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
    temperature: float | Omit = omit,
    top_k: int | Omit = omit,
    top_p: float | Omit = omit,
    thinking: BetaThinkingConfigParam | Omit = omit,
    tool_choice: BetaToolChoiceParam | Omit = omit,
    betas: List[AnthropicBetaParam] | Omit = omit,
    format_tool_error: ToolErrorFormatter | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = not_given,
) -> BetaStreamingToolRunner[Any]: ...


@overload
def tool_runner(
    self: Messages,
    *,
    max_tokens: int,
    messages: Iterable[BetaMessageParam],
    model: ModelParam,
    tools: Iterable[Union[BetaRunnableTool, BetaToolUnionParam, Callable[..., Any]]],
    compaction_control: CompactionControl | Omit = omit,
    stream: bool,
    max_iterations: int | Omit = omit,
    container: Optional[Union[BetaContainerParams, str]] | Omit = omit,
    context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
    inference_geo: Optional[str] | Omit = omit,
    mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
    metadata: BetaMetadataParam | Omit = omit,
    output_config: BetaOutputConfigParam | Omit = omit,
    output_format: Any = omit,
    service_tier: Literal["auto", "standard_only"] | Omit = omit,
    speed: Optional[BetaSpeedParam] | Omit = omit,
    stop_sequences: SequenceNotStr[str] | Omit = omit,
    system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
    temperature: float | Omit = omit,
    top_k: int | Omit = omit,
    top_p: float | Omit = omit,
    thinking: BetaThinkingConfigParam | Omit = omit,
    tool_choice: BetaToolChoiceParam | Omit = omit,
    betas: List[AnthropicBetaParam] | Omit = omit,
    format_tool_error: ToolErrorFormatter | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = not_given,
) -> Union[BetaStreamingToolRunner[Any], BetaToolRunner[Any]]: ...


def tool_runner(
    self: Messages,
    *,
    max_tokens: int,
    messages: Iterable[BetaMessageParam],
    model: ModelParam,
    tools: Iterable[Union[BetaRunnableTool, BetaToolUnionParam, Callable[..., Any]]],
    compaction_control: CompactionControl | Omit = omit,
    max_iterations: int | Omit = omit,
    container: Optional[Union[BetaContainerParams, str]] | Omit = omit,
    context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
    inference_geo: Optional[str] | Omit = omit,
    mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
    metadata: BetaMetadataParam | Omit = omit,
    output_config: BetaOutputConfigParam | Omit = omit,
    output_format: Any = omit,
    service_tier: Literal["auto", "standard_only"] | Omit = omit,
    speed: Optional[BetaSpeedParam] | Omit = omit,
    stop_sequences: SequenceNotStr[str] | Omit = omit,
    stream: bool | Omit = omit,
    system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
    temperature: float | Omit = omit,
    top_k: int | Omit = omit,
    top_p: float | Omit = omit,
    thinking: BetaThinkingConfigParam | Omit = omit,
    tool_choice: BetaToolChoiceParam | Omit = omit,
    betas: List[AnthropicBetaParam] | Omit = omit,
    format_tool_error: ToolErrorFormatter | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = not_given,
) -> Union[BetaStreamingToolRunner[Any], BetaToolRunner[Any]]:
    """Run a conversation in which the model may call tools, until it stops asking for them.

    Takes the parameters of `create()`, where `tools` may also hold `@beta_tool` functions, plain
    functions (described as `@beta_tool` would), and built-in tool objects such as a memory tool.
    Iterate over the result for each turn's message (`stream=True`: each turn's `BetaMessageStream`),
    or call `until_done()` for the last one.

    The loop goes on after `tool_use` turns (with the tools' results) and `pause_turn` turns (with
    the paused message), and ends otherwise. A call of a tool the runner has no implementation for
    (a definition dict, or an unknown name) is answered with an `is_error` result and a
    `UserWarning`, unless the loop body answers it with `runner.append_messages(...)`.

    Args:
        max_iterations: The most requests to send; `runner.max_iterations_reached` tells whether the
            limit cut the conversation short.
        compaction_control: Summarise the conversation and start over from the summary once a turn
            uses more tokens than a threshold (see `CompactionControl`).
        format_tool_error: Turns an exception a tool raised into the error text sent to the model;
            by default the exception type and message with secrets redacted.
    """
    from ._beta_runner import BetaStreamingToolRunner, BetaToolRunner

    runnable, params, options = _prepare(
        tools=tools,
        asynchronous=False,
        given=_given_params(locals()),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
    )
    runner_class = BetaStreamingToolRunner if _optional(stream) else BetaToolRunner
    return runner_class(
        params=params,
        options=options,  # type: ignore[arg-type]
        tools=runnable,
        client=self._client,  # type: ignore[arg-type]
        max_iterations=_optional(max_iterations),
        compaction_control=_optional(compaction_control),
        format_tool_error=_optional(format_tool_error),
    )


@overload
def async_tool_runner(
    self: AsyncMessages,
    *,
    max_tokens: int,
    messages: Iterable[BetaMessageParam],
    model: ModelParam,
    tools: Iterable[Union[BetaAsyncRunnableTool, BetaRunnableTool, BetaToolUnionParam, Callable[..., Any]]],
    compaction_control: CompactionControl | Omit = omit,
    max_iterations: int | Omit = omit,
    container: Optional[Union[BetaContainerParams, str]] | Omit = omit,
    context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
    inference_geo: Optional[str] | Omit = omit,
    mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
    metadata: BetaMetadataParam | Omit = omit,
    output_config: BetaOutputConfigParam | Omit = omit,
    output_format: Any = omit,
    service_tier: Literal["auto", "standard_only"] | Omit = omit,
    speed: Optional[BetaSpeedParam] | Omit = omit,
    stop_sequences: SequenceNotStr[str] | Omit = omit,
    stream: Literal[False] | Omit = omit,
    system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
    temperature: float | Omit = omit,
    top_k: int | Omit = omit,
    top_p: float | Omit = omit,
    thinking: BetaThinkingConfigParam | Omit = omit,
    tool_choice: BetaToolChoiceParam | Omit = omit,
    betas: List[AnthropicBetaParam] | Omit = omit,
    format_tool_error: ToolErrorFormatter | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = not_given,
) -> BetaAsyncToolRunner[Any]: ...


@overload
def async_tool_runner(
    self: AsyncMessages,
    *,
    max_tokens: int,
    messages: Iterable[BetaMessageParam],
    model: ModelParam,
    tools: Iterable[Union[BetaAsyncRunnableTool, BetaRunnableTool, BetaToolUnionParam, Callable[..., Any]]],
    compaction_control: CompactionControl | Omit = omit,
    stream: Literal[True],
    max_iterations: int | Omit = omit,
    container: Optional[Union[BetaContainerParams, str]] | Omit = omit,
    context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
    inference_geo: Optional[str] | Omit = omit,
    mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
    metadata: BetaMetadataParam | Omit = omit,
    output_config: BetaOutputConfigParam | Omit = omit,
    output_format: Any = omit,
    service_tier: Literal["auto", "standard_only"] | Omit = omit,
    speed: Optional[BetaSpeedParam] | Omit = omit,
    stop_sequences: SequenceNotStr[str] | Omit = omit,
    system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
    temperature: float | Omit = omit,
    top_k: int | Omit = omit,
    top_p: float | Omit = omit,
    thinking: BetaThinkingConfigParam | Omit = omit,
    tool_choice: BetaToolChoiceParam | Omit = omit,
    betas: List[AnthropicBetaParam] | Omit = omit,
    format_tool_error: ToolErrorFormatter | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = not_given,
) -> BetaAsyncStreamingToolRunner[Any]: ...


@overload
def async_tool_runner(
    self: AsyncMessages,
    *,
    max_tokens: int,
    messages: Iterable[BetaMessageParam],
    model: ModelParam,
    tools: Iterable[Union[BetaAsyncRunnableTool, BetaRunnableTool, BetaToolUnionParam, Callable[..., Any]]],
    compaction_control: CompactionControl | Omit = omit,
    stream: bool,
    max_iterations: int | Omit = omit,
    container: Optional[Union[BetaContainerParams, str]] | Omit = omit,
    context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
    inference_geo: Optional[str] | Omit = omit,
    mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
    metadata: BetaMetadataParam | Omit = omit,
    output_config: BetaOutputConfigParam | Omit = omit,
    output_format: Any = omit,
    service_tier: Literal["auto", "standard_only"] | Omit = omit,
    speed: Optional[BetaSpeedParam] | Omit = omit,
    stop_sequences: SequenceNotStr[str] | Omit = omit,
    system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
    temperature: float | Omit = omit,
    top_k: int | Omit = omit,
    top_p: float | Omit = omit,
    thinking: BetaThinkingConfigParam | Omit = omit,
    tool_choice: BetaToolChoiceParam | Omit = omit,
    betas: List[AnthropicBetaParam] | Omit = omit,
    format_tool_error: ToolErrorFormatter | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = not_given,
) -> Union[BetaAsyncStreamingToolRunner[Any], BetaAsyncToolRunner[Any]]: ...


def async_tool_runner(
    self: AsyncMessages,
    *,
    max_tokens: int,
    messages: Iterable[BetaMessageParam],
    model: ModelParam,
    tools: Iterable[Union[BetaAsyncRunnableTool, BetaRunnableTool, BetaToolUnionParam, Callable[..., Any]]],
    compaction_control: CompactionControl | Omit = omit,
    max_iterations: int | Omit = omit,
    container: Optional[Union[BetaContainerParams, str]] | Omit = omit,
    context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
    inference_geo: Optional[str] | Omit = omit,
    mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
    metadata: BetaMetadataParam | Omit = omit,
    output_config: BetaOutputConfigParam | Omit = omit,
    output_format: Any = omit,
    service_tier: Literal["auto", "standard_only"] | Omit = omit,
    speed: Optional[BetaSpeedParam] | Omit = omit,
    stop_sequences: SequenceNotStr[str] | Omit = omit,
    stream: bool | Omit = omit,
    system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
    temperature: float | Omit = omit,
    top_k: int | Omit = omit,
    top_p: float | Omit = omit,
    thinking: BetaThinkingConfigParam | Omit = omit,
    tool_choice: BetaToolChoiceParam | Omit = omit,
    betas: List[AnthropicBetaParam] | Omit = omit,
    format_tool_error: ToolErrorFormatter | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = not_given,
) -> Union[BetaAsyncStreamingToolRunner[Any], BetaAsyncToolRunner[Any]]:
    """Async `tool_runner`: iterate with ``async for``, or ``await runner.until_done()``.

    `tools` may hold `@beta_async_tool` and `@beta_tool` functions (sync ones run in worker
    threads), plain functions, built-in tool objects and tool definition dicts. The calls of one
    turn run concurrently; their results keep the order of the calls.
    """
    from ._beta_runner import BetaAsyncStreamingToolRunner, BetaAsyncToolRunner

    runnable, params, options = _prepare(
        tools=tools,
        asynchronous=True,
        given=_given_params(locals()),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
    )
    runner_class = BetaAsyncStreamingToolRunner if _optional(stream) else BetaAsyncToolRunner
    return runner_class(
        params=params,
        options=options,  # type: ignore[arg-type]
        tools=runnable,
        client=self._client,  # type: ignore[arg-type]
        max_iterations=_optional(max_iterations),
        compaction_control=_optional(compaction_control),
        format_tool_error=_optional(format_tool_error),
    )
