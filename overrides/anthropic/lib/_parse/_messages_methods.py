"""`messages.parse(...)` and `output_format` on `messages.count_tokens(...)`.

Attached to the generated `Messages` / `AsyncMessages` classes (see spec/sdk.yml).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, Optional, Tuple, Type, Union

import httpx
from typing_extensions import Literal

from ..._base_client import make_request_options
from ..._types import Body, Headers, NotGiven, Omit, Query, SequenceNotStr, not_given, omit
from ..._utils import build_body

if TYPE_CHECKING:
    from ...resources.messages.messages import AsyncMessages, Messages
    from ...types.json_output_format_param import JSONOutputFormatParam
    from ...types.message_count_tokens_tool_param import MessageCountTokensToolParam
    from ...types.message_param import MessageParam
    from ...types.message_tokens_count import MessageTokensCount
    from ...types.metadata_param import MetadataParam
    from ...types.model_param import ModelParam
    from ...types.output_config_param import OutputConfigParam
    from ...types.parsed_message import ParsedMessage, ResponseFormatT
    from ...types.text_block_param import TextBlockParam
    from ...types.thinking_config_param import ThinkingConfigParam
    from ...types.tool_choice_param import ToolChoiceParam
    from ...types.tool_union_param import ToolUnionParam

__all__ = ["parse", "async_parse", "count_tokens", "async_count_tokens"]


def _prepare(
    output_config: Any, output_format: Any, stream: Any, extra_headers: Optional[Headers]
) -> Tuple[Any, Any, Dict[str, Any]]:
    """(output_config to send, post-parser, headers) shared by the sync and async `parse()`."""
    from ...types import Message
    from ...types.parsed_message import ParsedMessage, ParsedTextBlock
    from ._format import merge_output_config
    from ._response import output_parser, parse_message

    if stream is True:
        raise TypeError(
            "messages.parse() returns a complete message and cannot stream; "
            "use messages.stream(..., output_format=...) to stream a parsed message"
        )
    merged = merge_output_config(output_config, output_format)
    parser = output_parser(output_format)

    def post_parse(message: Message) -> Any:
        return parse_message(message, parser, message_cls=ParsedMessage, text_block_cls=ParsedTextBlock)

    headers: Dict[str, Any] = {"X-Stainless-Helper": "messages.parse", **(extra_headers or {})}
    return merged, post_parse, headers


def parse(
    self: "Messages",
    *,
    max_tokens: int,
    messages: Iterable[MessageParam],
    model: ModelParam,
    container: Optional[str] | Omit = omit,
    inference_geo: Optional[str] | Omit = omit,
    metadata: MetadataParam | Omit = omit,
    output_config: OutputConfigParam | Omit = omit,
    output_format: Optional[Type[ResponseFormatT]] | JSONOutputFormatParam | Dict[str, Any] | Omit = omit,
    service_tier: Literal["auto", "standard_only"] | Omit = omit,
    stop_sequences: SequenceNotStr[str] | Omit = omit,
    stream: Literal[False] | Omit = omit,
    system: Union[str, Iterable[TextBlockParam]] | Omit = omit,
    temperature: float | Omit = omit,
    thinking: ThinkingConfigParam | Omit = omit,
    tool_choice: ToolChoiceParam | Omit = omit,
    tools: Iterable[ToolUnionParam] | Omit = omit,
    top_k: int | Omit = omit,
    top_p: float | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = not_given,
) -> "ParsedMessage[ResponseFormatT]":
    """Create a message and read its text as structured output.

    Takes the parameters of `create()`. `output_format` is the type the reply should
    have (a pydantic model, or any type `pydantic.TypeAdapter` handles): its JSON
    schema is sent as `output_config.format` (made strict by `transform_schema`), and
    each `text` block of the reply is validated as that type into `parsed_output`
    (`message.parsed_output` is the first one). A JSON-schema dict is accepted too;
    text blocks are then only decoded as JSON. Text that does not validate raises
    `anthropic.lib._parse.StructuredOutputError`, a `pydantic.ValidationError`.
    """
    output_config, post_parse, headers = _prepare(output_config, output_format, stream, extra_headers)
    return self._post(
        "/v1/messages",
        body=build_body(
            {
                "max_tokens": max_tokens,
                "messages": messages,
                "model": model,
                "container": container,
                "inference_geo": inference_geo,
                "metadata": metadata,
                "output_config": output_config,
                "service_tier": service_tier,
                "stop_sequences": stop_sequences,
                "stream": stream,
                "system": system,
                "temperature": temperature,
                "thinking": thinking,
                "tool_choice": tool_choice,
                "tools": tools,
                "top_k": top_k,
                "top_p": top_p,
            }
        ),
        options=make_request_options(
            extra_headers=headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            post_parser=post_parse,
        ),
        cast_to=_message_type(),
        stream=False,
    )


async def async_parse(
    self: "AsyncMessages",
    *,
    max_tokens: int,
    messages: Iterable[MessageParam],
    model: ModelParam,
    container: Optional[str] | Omit = omit,
    inference_geo: Optional[str] | Omit = omit,
    metadata: MetadataParam | Omit = omit,
    output_config: OutputConfigParam | Omit = omit,
    output_format: Optional[Type[ResponseFormatT]] | JSONOutputFormatParam | Dict[str, Any] | Omit = omit,
    service_tier: Literal["auto", "standard_only"] | Omit = omit,
    stop_sequences: SequenceNotStr[str] | Omit = omit,
    stream: Literal[False] | Omit = omit,
    system: Union[str, Iterable[TextBlockParam]] | Omit = omit,
    temperature: float | Omit = omit,
    thinking: ThinkingConfigParam | Omit = omit,
    tool_choice: ToolChoiceParam | Omit = omit,
    tools: Iterable[ToolUnionParam] | Omit = omit,
    top_k: int | Omit = omit,
    top_p: float | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = not_given,
) -> "ParsedMessage[ResponseFormatT]":
    """Async `messages.parse(...)`: same parameters and result as the sync method."""
    output_config, post_parse, headers = _prepare(output_config, output_format, stream, extra_headers)
    return await self._post(
        "/v1/messages",
        body=build_body(
            {
                "max_tokens": max_tokens,
                "messages": messages,
                "model": model,
                "container": container,
                "inference_geo": inference_geo,
                "metadata": metadata,
                "output_config": output_config,
                "service_tier": service_tier,
                "stop_sequences": stop_sequences,
                "stream": stream,
                "system": system,
                "temperature": temperature,
                "thinking": thinking,
                "tool_choice": tool_choice,
                "tools": tools,
                "top_k": top_k,
                "top_p": top_p,
            }
        ),
        options=make_request_options(
            extra_headers=headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            post_parser=post_parse,
        ),
        cast_to=_message_type(),
        stream=False,
    )


def _message_type() -> Any:
    from ...types import Message

    return Message


def count_tokens(
    self: "Messages",
    *,
    messages: Iterable[MessageParam],
    model: ModelParam,
    output_config: OutputConfigParam | Omit = omit,
    output_format: Optional[Type[Any]] | JSONOutputFormatParam | Dict[str, Any] | Omit = omit,
    system: Union[str, Iterable[TextBlockParam]] | Omit = omit,
    thinking: ThinkingConfigParam | Omit = omit,
    tool_choice: ToolChoiceParam | Omit = omit,
    tools: Iterable[MessageCountTokensToolParam] | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = not_given,
) -> "MessageTokensCount":
    """Count the input tokens a message request would use, without running the model.

    The parameters of the generated method, plus `output_format`: a type or JSON schema
    for structured output, sent as `output_config.format` the way `parse()` sends it.
    """
    from ._format import merge_output_config

    return self._count_tokens(
        messages=messages,
        model=model,
        output_config=merge_output_config(output_config, output_format),
        system=system,
        thinking=thinking,
        tool_choice=tool_choice,
        tools=tools,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
    )


async def async_count_tokens(
    self: "AsyncMessages",
    *,
    messages: Iterable[MessageParam],
    model: ModelParam,
    output_config: OutputConfigParam | Omit = omit,
    output_format: Optional[Type[Any]] | JSONOutputFormatParam | Dict[str, Any] | Omit = omit,
    system: Union[str, Iterable[TextBlockParam]] | Omit = omit,
    thinking: ThinkingConfigParam | Omit = omit,
    tool_choice: ToolChoiceParam | Omit = omit,
    tools: Iterable[MessageCountTokensToolParam] | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = not_given,
) -> "MessageTokensCount":
    """Async `count_tokens()`: same parameters and result as the sync method."""
    from ._format import merge_output_config

    return await self._count_tokens(
        messages=messages,
        model=model,
        output_config=merge_output_config(output_config, output_format),
        system=system,
        thinking=thinking,
        tool_choice=tool_choice,
        tools=tools,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
    )
