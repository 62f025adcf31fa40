"""`beta.messages.stream(...)`, attached to the generated beta `Messages` classes (see spec/sdk.yml)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Optional, Type, Union

import httpx
from typing_extensions import Literal

from ..._types import Body, Headers, NotGiven, Omit, Query, SequenceNotStr, not_given, omit
from .._parse._format import warn_if_deprecated_format
from ._request import helper_headers, resolve_output_format

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
    from ...types.model_param import ModelParam
    from ...types.parsed_message import ResponseFormatT
    from ._beta_messages import BetaAsyncMessageStreamManager, BetaMessageStreamManager

__all__ = ["stream", "async_stream"]


def stream(
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
) -> "BetaMessageStreamManager[ResponseFormatT]":
    """Stream a beta message: `with client.beta.messages.stream(...) as stream:` yields a `BetaMessageStream`.

    Takes the parameters of `create()` (without `stream`). `output_format` asks for
    structured output as in `beta.messages.parse()` (a format dict there is deprecated
    in favour of `output_config`). The request is sent when the `with` block is entered.
    """
    from ._beta_messages import BetaMessageStreamManager

    warn_if_deprecated_format(output_format, stacklevel=3)
    output_config, parse_as = resolve_output_format(output_config, output_format)
    headers = helper_headers(extra_headers, **{"X-Stainless-Stream-Helper": "beta.messages"})

    def make_request() -> Any:
        return self.create(
            max_tokens=max_tokens,
            messages=messages,
            model=model,
            container=container,
            context_management=context_management,
            inference_geo=inference_geo,
            mcp_servers=mcp_servers,
            metadata=metadata,
            service_tier=service_tier,
            speed=speed,
            stop_sequences=stop_sequences,
            system=system,
            temperature=temperature,
            thinking=thinking,
            tool_choice=tool_choice,
            tools=tools,
            top_k=top_k,
            top_p=top_p,
            betas=betas,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            output_config=output_config,
            stream=True,
            extra_headers=headers,
        )

    return BetaMessageStreamManager(make_request, output_format=parse_as)


def async_stream(
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
) -> "BetaAsyncMessageStreamManager[ResponseFormatT]":
    """Async `beta.messages.stream(...)`: use the result in an `async with` block."""
    from ._beta_messages import BetaAsyncMessageStreamManager

    warn_if_deprecated_format(output_format, stacklevel=3)
    output_config, parse_as = resolve_output_format(output_config, output_format)
    headers = helper_headers(extra_headers, **{"X-Stainless-Stream-Helper": "beta.messages"})

    def make_request() -> Any:
        return self.create(
            max_tokens=max_tokens,
            messages=messages,
            model=model,
            container=container,
            context_management=context_management,
            inference_geo=inference_geo,
            mcp_servers=mcp_servers,
            metadata=metadata,
            service_tier=service_tier,
            speed=speed,
            stop_sequences=stop_sequences,
            system=system,
            temperature=temperature,
            thinking=thinking,
            tool_choice=tool_choice,
            tools=tools,
            top_k=top_k,
            top_p=top_p,
            betas=betas,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            output_config=output_config,
            stream=True,
            extra_headers=headers,
        )

    return BetaAsyncMessageStreamManager(make_request, output_format=parse_as)
