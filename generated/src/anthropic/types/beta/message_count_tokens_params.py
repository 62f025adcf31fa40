# Generated from #/paths/~1v1~1messages~1count_tokens?beta=true/post/x-params; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Iterable, Optional

from typing_extensions import Required, TypedDict

from ..model_param import ModelParam
from .beta_speed_param import BetaSpeedParam
from .beta_message_param import BetaMessageParam
from ..anthropic_beta_param import AnthropicBetaParam
from .beta_text_block_param import BetaTextBlockParam
from .beta_tool_choice_param import BetaToolChoiceParam
from .beta_output_config_param import BetaOutputConfigParam
from .beta_thinking_config_param import BetaThinkingConfigParam
from .beta_json_output_format_param import BetaJSONOutputFormatParam
from .beta_context_management_config_param import BetaContextManagementConfigParam
from .beta_message_count_tokens_tool_param import BetaMessageCountTokensToolParam
from .beta_request_mcp_server_url_definition_param import BetaRequestMCPServerURLDefinitionParam

__all__ = [
    "MessageCountTokensParams",
]


class MessageCountTokensParams(TypedDict, total=False):
    betas: Iterable[AnthropicBetaParam]
    """Beta features to enable for this request. Several values may be given; they are sent as one comma-separated header."""

    context_management: Optional[BetaContextManagementConfigParam]

    mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam]

    messages: Required[Iterable[BetaMessageParam]]
    """The conversation so far, as alternating user and assistant turns. A final assistant turn is treated as the start of the reply, which the model continues."""

    model: Required[ModelParam]
    """The model that should produce the reply."""

    output_config: BetaOutputConfigParam
    """Settings that shape the output, such as effort or a JSON output format."""

    output_format: Optional[BetaJSONOutputFormatParam]
    """Older spelling of `output_config.format`; give the format there instead."""

    speed: Optional[BetaSpeedParam]

    system: Union[str, Iterable[BetaTextBlockParam]]
    """System prompt: instructions and context given to the model outside the conversation turns."""

    thinking: BetaThinkingConfigParam
    """Extended thinking settings: whether the model reasons step by step before answering, and with what budget."""

    tool_choice: BetaToolChoiceParam
    """Whether and how the model must use the provided tools."""

    tools: Iterable[BetaMessageCountTokensToolParam]
    """Tools the model may call, either custom tools described by a JSON Schema or built-in tools."""
