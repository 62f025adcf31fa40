"""`beta.messages.parse(...)`, attached to the generated beta `Messages` classes (see spec/sdk.yml)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Optional, Tuple, Type, Union

import httpx
from typing_extensions import Literal

from ..._base_client import make_request_options
from ..._types import Body, Headers, NotGiven, Omit, Query, SequenceNotStr, not_given, omit
from ..._utils import build_body, build_headers, with_defaults

if TYPE_CHECKING:
    from ...resources.beta.messages.messages import AsyncMessages, Messages
    from ...types import AnthropicBetaParam
    from ...types.beta import (
        BetaContainerParams,
        BetaContextManagementConfigParam,
        BetaJSONOutputFormatParam,
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
    from ...types.beta.parsed_beta_message import ParsedBetaMessage
    from ...types.model_param import ModelParam
    from ...types.parsed_message import ResponseFormatT

__all__ = ["parse", "async_parse"]


def _prepare(
    output_config: Any,
    output_format: Any,
    stream: Any,
    betas: Any,
    extra_headers: Optional[Headers],
) -> Tuple[Any, Any, Dict[str, Any]]:
    """(output_config to send, post-parser, headers) shared by the sync and async `parse()`."""
    from ...types.beta import BetaMessage
    from ...types.beta.parsed_beta_message import ParsedBetaMessage, ParsedBetaTextBlock
    from ._format import STRUCTURED_OUTPUTS_BETA, merge_output_config, warn_if_deprecated_format
    from ._response import output_parser, parse_message

    if stream is True:
        raise TypeError(
            "beta.messages.parse() returns a complete message and cannot stream; "
            "use beta.messages.stream(..., output_format=...) to stream a parsed message"
        )
    warn_if_deprecated_format(output_format, stacklevel=4)
    merged = merge_output_config(output_config, output_format)
    parser = output_parser(output_format)

    def post_parse(message: BetaMessage) -> Any:
        return parse_message(message, parser, message_cls=ParsedBetaMessage, text_block_cls=ParsedBetaTextBlock)

    headers: Dict[str, Any] = {
        "X-Stainless-Helper": "beta.messages.parse",
        **build_headers({"anthropic-beta": with_defaults(betas, [STRUCTURED_OUTPUTS_BETA])}),
        **(extra_headers or {}),
    }
    return merged, post_parse, headers


def parse(
    self: "Messages",
    *,
    max_tokens: int,
    messages: Iterable[BetaMessageParam],
    model: ModelParam,
    container: Optional[Union[BetaContainerParams, str]] | Omit = omit,
    context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
    inference_geo: Optional[str] | Omit = omit,
    mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
    metadata: BetaMetadataParam | Omit = omit,
    output_config: BetaOutputConfigParam | Omit = omit,
    output_format: Optional[Type[ResponseFormatT]] | BetaJSONOutputFormatParam | Dict[str, Any] | Omit = omit,
    service_tier: Literal["auto", "standard_only"] | Omit = omit,
    speed: Optional[BetaSpeedParam] | Omit = omit,
    stop_sequences: SequenceNotStr[str] | Omit = omit,
    stream: Literal[False] | Omit = omit,
    system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
    temperature: float | Omit = omit,
    thinking: BetaThinkingConfigParam | Omit = omit,
    tool_choice: BetaToolChoiceParam | Omit = omit,
    tools: Iterable[BetaToolUnionParam] | Omit = omit,
    top_k: int | Omit = omit,
    top_p: float | Omit = omit,
    betas: List[AnthropicBetaParam] | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = not_given,
) -> "ParsedBetaMessage[ResponseFormatT]":
    """Create a beta message and read its text as structured output.

    Takes the parameters of `create()`; see `client.messages.parse()` for how
    `output_format` is sent and read. The `structured-outputs-2025-12-15` beta is
    added to `betas` unless already there.
    """
    output_config, post_parse, headers = _prepare(output_config, output_format, stream, betas, extra_headers)
    return self._post(
        "/v1/messages?beta=true",
        body=build_body(
            {
                "max_tokens": max_tokens,
                "messages": messages,
                "model": model,
                "container": container,
                "context_management": context_management,
                "inference_geo": inference_geo,
                "mcp_servers": mcp_servers,
                "metadata": metadata,
                "output_config": output_config,
                "service_tier": service_tier,
                "speed": speed,
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
        cast_to=_beta_message_type(),
        stream=False,
    )


async def async_parse(
    self: "AsyncMessages",
    *,
    max_tokens: int,
    messages: Iterable[BetaMessageParam],
    model: ModelParam,
    container: Optional[Union[BetaContainerParams, str]] | Omit = omit,
    context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
    inference_geo: Optional[str] | Omit = omit,
    mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
    metadata: BetaMetadataParam | Omit = omit,
    output_config: BetaOutputConfigParam | Omit = omit,
    output_format: Optional[Type[ResponseFormatT]] | BetaJSONOutputFormatParam | Dict[str, Any] | Omit = omit,
    service_tier: Literal["auto", "standard_only"] | Omit = omit,
    speed: Optional[BetaSpeedParam] | Omit = omit,
    stop_sequences: SequenceNotStr[str] | Omit = omit,
    stream: Literal[False] | Omit = omit,
    system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
    temperature: float | Omit = omit,
    thinking: BetaThinkingConfigParam | Omit = omit,
    tool_choice: BetaToolChoiceParam | Omit = omit,
    tools: Iterable[BetaToolUnionParam] | Omit = omit,
    top_k: int | Omit = omit,
    top_p: float | Omit = omit,
    betas: List[AnthropicBetaParam] | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = not_given,
) -> "ParsedBetaMessage[ResponseFormatT]":
    """Async `beta.messages.parse(...)`: same parameters and result as the sync method."""
    output_config, post_parse, headers = _prepare(output_config, output_format, stream, betas, extra_headers)
    return await self._post(
        "/v1/messages?beta=true",
        body=build_body(
            {
                "max_tokens": max_tokens,
                "messages": messages,
                "model": model,
                "container": container,
                "context_management": context_management,
                "inference_geo": inference_geo,
                "mcp_servers": mcp_servers,
                "metadata": metadata,
                "output_config": output_config,
                "service_tier": service_tier,
                "speed": speed,
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
        cast_to=_beta_message_type(),
        stream=False,
    )


def _beta_message_type() -> Any:
    from ...types.beta import BetaMessage

    return BetaMessage
