# Generated from #/paths/~1v1~1messages~1count_tokens?beta=true/post/x-params; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Iterable, Optional

from typing_extensions import Required, TypedDict

from ..model_param import ModelParam
from .beta_tool_param import BetaToolParam
from .beta_speed_param import BetaSpeedParam
from .beta_message_param import BetaMessageParam
from ..anthropic_beta_param import AnthropicBetaParam
from .beta_text_block_param import BetaTextBlockParam
from .beta_mcp_toolset_param import BetaMCPToolsetParam
from .beta_tool_choice_param import BetaToolChoiceParam
from .beta_output_config_param import BetaOutputConfigParam
from .beta_thinking_config_param import BetaThinkingConfigParam
from .beta_bash_tool_20241022_param import BetaBashTool20241022Param
from .beta_bash_tool_20250124_param import BetaBashTool20250124Param
from .beta_json_output_format_param import BetaJsonOutputFormatParam
from .beta_memory_tool_20250818_param import BetaMemoryTool20250818Param
from .beta_text_editor_20241022_param import BetaTextEditor20241022Param
from .beta_text_editor_20250124_param import BetaTextEditor20250124Param
from .beta_text_editor_20250429_param import BetaTextEditor20250429Param
from .beta_text_editor_20250728_param import BetaTextEditor20250728Param
from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_web_fetch_tool_20250910_param import BetaWebFetchTool20250910Param
from .beta_web_fetch_tool_20260209_param import BetaWebFetchTool20260209Param
from .beta_web_search_tool_20250305_param import BetaWebSearchTool20250305Param
from .beta_web_search_tool_20260209_param import BetaWebSearchTool20260209Param
from .beta_context_management_config_param import BetaContextManagementConfigParam
from .beta_mcp_server_url_definition_param import BetaMCPServerURLDefinitionParam
from .beta_computer_use_tool_20241022_param import BetaComputerUseTool20241022Param
from .beta_computer_use_tool_20250124_param import BetaComputerUseTool20250124Param
from .beta_computer_use_tool_20251124_param import BetaComputerUseTool20251124Param
from .beta_code_execution_tool_20250522_param import BetaCodeExecutionTool20250522Param
from .beta_code_execution_tool_20250825_param import BetaCodeExecutionTool20250825Param
from .beta_code_execution_tool_20260120_param import BetaCodeExecutionTool20260120Param
from .beta_tool_search_tool_bm_2520251119_param import BetaToolSearchToolBM2520251119Param
from .beta_tool_search_tool_regex_20251119_param import BetaToolSearchToolRegex20251119Param

__all__ = [
    "MessageCountTokensParams",
]


class MessageCountTokensParams(TypedDict, total=False):
    betas: Iterable[AnthropicBetaParam]
    """Beta features to enable for this request. Several values may be given; they are sent as one comma-separated header."""

    cache_control: Optional[BetaCacheControlEphemeralParam]
    """Places a prompt-cache breakpoint automatically on the last cacheable block."""

    context_management: Optional[BetaContextManagementConfigParam]

    mcp_servers: Iterable[BetaMCPServerURLDefinitionParam]

    messages: Required[Iterable[BetaMessageParam]]
    """The conversation so far, as alternating user and assistant turns. A final assistant turn is treated as the start of the reply, which the model continues."""

    model: Required[ModelParam]
    """The model that should produce the reply."""

    output_config: BetaOutputConfigParam
    """Settings that shape the output, such as effort or a JSON output format."""

    output_format: Optional[BetaJsonOutputFormatParam]

    speed: Optional[BetaSpeedParam]

    system: Union[str, Iterable[BetaTextBlockParam]]
    """System prompt: instructions and context given to the model outside the conversation turns."""

    thinking: BetaThinkingConfigParam
    """Extended thinking settings: whether the model reasons step by step before answering, and with what budget."""

    tool_choice: BetaToolChoiceParam
    """Whether and how the model must use the provided tools."""

    tools: Iterable[
        Union[
            BetaToolParam,
            BetaBashTool20241022Param,
            BetaBashTool20250124Param,
            BetaCodeExecutionTool20250522Param,
            BetaCodeExecutionTool20250825Param,
            BetaCodeExecutionTool20260120Param,
            BetaComputerUseTool20241022Param,
            BetaMemoryTool20250818Param,
            BetaComputerUseTool20250124Param,
            BetaTextEditor20241022Param,
            BetaComputerUseTool20251124Param,
            BetaTextEditor20250124Param,
            BetaTextEditor20250429Param,
            BetaTextEditor20250728Param,
            BetaWebSearchTool20250305Param,
            BetaWebFetchTool20250910Param,
            BetaWebSearchTool20260209Param,
            BetaWebFetchTool20260209Param,
            BetaToolSearchToolBM2520251119Param,
            BetaToolSearchToolRegex20251119Param,
            BetaMCPToolsetParam,
        ]
    ]
    """Tools the model may call, either custom tools described by a JSON Schema or built-in tools."""
