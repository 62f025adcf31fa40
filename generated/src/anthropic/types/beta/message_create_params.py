# Generated from #/paths/~1v1~1messages?beta=true/post/x-params; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from ..._types import SequenceNotStr
from ..model_param import ModelParam
from .beta_speed_param import BetaSpeedParam
from .beta_message_param import BetaMessageParam
from .beta_metadata_param import BetaMetadataParam
from ..anthropic_beta_param import AnthropicBetaParam
from .beta_container_params import BetaContainerParams
from .beta_text_block_param import BetaTextBlockParam
from .beta_tool_union_param import BetaToolUnionParam
from .beta_tool_choice_param import BetaToolChoiceParam
from .beta_output_config_param import BetaOutputConfigParam
from .beta_thinking_config_param import BetaThinkingConfigParam
from .beta_json_output_format_param import BetaJSONOutputFormatParam
from .beta_context_management_config_param import BetaContextManagementConfigParam
from .beta_request_mcp_server_url_definition_param import BetaRequestMCPServerURLDefinitionParam

__all__ = [
    "MessageCreateParams",
]


class MessageCreateParams(TypedDict, total=False):
    betas: Iterable[AnthropicBetaParam]
    """Beta features to enable for this request. Several values may be given; they are sent as one comma-separated header."""

    model: Required[ModelParam]
    """The model that should produce the reply."""

    messages: Required[Iterable[BetaMessageParam]]
    """The conversation so far, as alternating user and assistant turns. A final assistant turn is treated as the start of the reply, which the model continues."""

    container: Optional[Union[BetaContainerParams, str]]
    """Code-execution container to reuse, or settings for a new one."""

    context_management: Optional[BetaContextManagementConfigParam]
    """Rules for trimming the context automatically."""

    inference_geo: Optional[str]
    """Geographic region where inference should run."""

    max_tokens: Required[int]
    """Upper bound on the number of tokens to generate. The model may stop earlier; limits differ per model."""

    mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam]
    """MCP servers whose tools the model may use."""

    metadata: BetaMetadataParam
    """Information about the request, such as an opaque end-user identifier."""

    output_config: BetaOutputConfigParam
    """Settings that shape the output, such as effort or a JSON output format."""

    output_format: Optional[BetaJSONOutputFormatParam]
    """Older spelling of `output_config.format`; give the format there instead."""

    service_tier: Literal["auto", "standard_only"]
    """Which capacity tier may serve the request."""

    speed: Optional[BetaSpeedParam]
    """Requested generation speed."""

    stop_sequences: SequenceNotStr[str]
    """Extra strings that end generation when the model produces one of them."""

    stream: bool
    """When true, the reply is sent incrementally as server-sent events."""

    system: Union[str, Iterable[BetaTextBlockParam]]
    """System prompt: instructions and context given to the model outside the conversation turns."""

    temperature: float
    """Randomness of sampling, from 0 to 1. Lower values give more predictable output, higher values more varied output."""

    thinking: BetaThinkingConfigParam
    """Extended thinking settings: whether the model reasons step by step before answering, and with what budget."""

    tool_choice: BetaToolChoiceParam
    """Whether and how the model must use the provided tools."""

    tools: Iterable[BetaToolUnionParam]
    """Tools the model may call, either custom tools described by a JSON Schema or built-in tools."""

    top_k: int
    """Sample only from the k most likely tokens. For advanced use; usually temperature is enough."""

    top_p: float
    """Nucleus sampling: sample only from the smallest set of tokens whose probabilities add up to p."""
