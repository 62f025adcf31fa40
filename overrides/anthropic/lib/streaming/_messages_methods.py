"""`messages.stream(...)`, attached to the generated `Messages` / `AsyncMessages` classes (see spec/sdk.yml)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, Optional, Type, Union

import httpx
from typing_extensions import Literal

from ..._types import Body, Headers, NotGiven, Omit, Query, SequenceNotStr, not_given, omit
from ._request import helper_headers, resolve_output_format

if TYPE_CHECKING:
    from ...resources.messages.messages import AsyncMessages, Messages
    from ...types.json_output_format_param import JSONOutputFormatParam
    from ...types.message_param import MessageParam
    from ...types.metadata_param import MetadataParam
    from ...types.model_param import ModelParam
    from ...types.output_config_param import OutputConfigParam
    from ...types.parsed_message import ResponseFormatT
    from ...types.text_block_param import TextBlockParam
    from ...types.thinking_config_param import ThinkingConfigParam
    from ...types.tool_choice_param import ToolChoiceParam
    from ...types.tool_union_param import ToolUnionParam
    from ._messages import AsyncMessageStreamManager, MessageStreamManager

__all__ = ["stream", "async_stream"]


def stream(
    self: "Messages",
    *,
    max_tokens: int,
    messages: Iterable[MessageParam],
    model: ModelParam,
    inference_geo: Optional[str] | Omit = omit,
    metadata: MetadataParam | Omit = omit,
    output_config: OutputConfigParam | Omit = omit,
    output_format: Optional[Type[ResponseFormatT]] | JSONOutputFormatParam | Dict[str, Any] | Omit = omit,
    container: Optional[str] | Omit = omit,
    service_tier: Literal["auto", "standard_only"] | Omit = omit,
    stop_sequences: SequenceNotStr[str] | Omit = omit,
    system: Union[str, Iterable[TextBlockParam]] | Omit = omit,
    temperature: float | Omit = omit,
    top_k: int | Omit = omit,
    top_p: float | Omit = omit,
    thinking: ThinkingConfigParam | Omit = omit,
    tool_choice: ToolChoiceParam | Omit = omit,
    tools: Iterable[ToolUnionParam] | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = not_given,
) -> "MessageStreamManager[ResponseFormatT]":
    """Stream a message: `with client.messages.stream(...) as stream:` yields a `MessageStream`.

    Takes the parameters of `create()` (without `stream`). `output_format` asks for
    structured output as in `messages.parse()`: a type (its strict JSON schema is sent,
    and each finished text block is validated into `parsed_output`) or a JSON-schema
    dict. The request is sent when the `with` block is entered.
    """
    from ._messages import MessageStreamManager

    output_config, parse_as = resolve_output_format(output_config, output_format)
    headers = helper_headers(extra_headers, **{"X-Stainless-Stream-Helper": "messages"})

    def make_request() -> Any:
        return self.create(
            max_tokens=max_tokens,
            messages=messages,
            model=model,
            container=container,
            inference_geo=inference_geo,
            metadata=metadata,
            output_config=output_config,
            service_tier=service_tier,
            stop_sequences=stop_sequences,
            system=system,
            temperature=temperature,
            thinking=thinking,
            tool_choice=tool_choice,
            tools=tools,
            top_k=top_k,
            top_p=top_p,
            stream=True,
            extra_headers=headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    return MessageStreamManager(make_request, output_format=parse_as)


def async_stream(
    self: "AsyncMessages",
    *,
    max_tokens: int,
    messages: Iterable[MessageParam],
    model: ModelParam,
    inference_geo: Optional[str] | Omit = omit,
    metadata: MetadataParam | Omit = omit,
    output_config: OutputConfigParam | Omit = omit,
    output_format: Optional[Type[ResponseFormatT]] | JSONOutputFormatParam | Dict[str, Any] | Omit = omit,
    container: Optional[str] | Omit = omit,
    service_tier: Literal["auto", "standard_only"] | Omit = omit,
    stop_sequences: SequenceNotStr[str] | Omit = omit,
    system: Union[str, Iterable[TextBlockParam]] | Omit = omit,
    temperature: float | Omit = omit,
    top_k: int | Omit = omit,
    top_p: float | Omit = omit,
    thinking: ThinkingConfigParam | Omit = omit,
    tool_choice: ToolChoiceParam | Omit = omit,
    tools: Iterable[ToolUnionParam] | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = not_given,
) -> "AsyncMessageStreamManager[ResponseFormatT]":
    """Stream a message: `async with client.messages.stream(...) as stream:` yields an `AsyncMessageStream`.

    Same parameters as the sync `stream()`; the request is sent when the block is entered.
    """
    from ._messages import AsyncMessageStreamManager

    output_config, parse_as = resolve_output_format(output_config, output_format)
    headers = helper_headers(extra_headers, **{"X-Stainless-Stream-Helper": "messages"})

    def make_request() -> Any:
        return self.create(
            max_tokens=max_tokens,
            messages=messages,
            model=model,
            container=container,
            inference_geo=inference_geo,
            metadata=metadata,
            output_config=output_config,
            service_tier=service_tier,
            stop_sequences=stop_sequences,
            system=system,
            temperature=temperature,
            thinking=thinking,
            tool_choice=tool_choice,
            tools=tools,
            top_k=top_k,
            top_p=top_p,
            stream=True,
            extra_headers=headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    return AsyncMessageStreamManager(make_request, output_format=parse_as)
