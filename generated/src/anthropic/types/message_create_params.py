# Generated from #/paths/~1v1~1messages/post/x-params; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .._types import SequenceNotStr
from .tool_param import ToolParam
from .model_param import ModelParam
from .message_param import MessageParam
from .metadata_param import MetadataParam
from .text_block_param import TextBlockParam
from .tool_choice_param import ToolChoiceParam
from .output_config_param import OutputConfigParam
from .thinking_config_param import ThinkingConfigParam
from .bash_tool_20250124_param import BashTool20250124Param
from .memory_tool_20250818_param import MemoryTool20250818Param
from .text_editor_20250124_param import TextEditor20250124Param
from .text_editor_20250429_param import TextEditor20250429Param
from .text_editor_20250728_param import TextEditor20250728Param
from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .web_fetch_tool_20250910_param import WebFetchTool20250910Param
from .web_fetch_tool_20260209_param import WebFetchTool20260209Param
from .web_search_tool_20250305_param import WebSearchTool20250305Param
from .web_search_tool_20260209_param import WebSearchTool20260209Param
from .code_execution_tool_20250522_param import CodeExecutionTool20250522Param
from .code_execution_tool_20250825_param import CodeExecutionTool20250825Param
from .code_execution_tool_20260120_param import CodeExecutionTool20260120Param
from .tool_search_tool_bm_2520251119_param import ToolSearchToolBM2520251119Param
from .tool_search_tool_regex_20251119_param import ToolSearchToolRegex20251119Param

__all__ = [
    "MessageCreateParams",
]


class MessageCreateParams(TypedDict, total=False):
    model: Required[ModelParam]
    """The model that should produce the reply."""

    messages: Required[Iterable[MessageParam]]
    """The conversation so far, as alternating user and assistant turns. A final assistant turn is treated as the start of the reply, which the model continues."""

    cache_control: Optional[CacheControlEphemeralParam]
    """Places a prompt-cache breakpoint automatically on the last cacheable block."""

    container: Optional[str]
    """Code-execution container to reuse, or settings for a new one."""

    inference_geo: Optional[str]
    """Geographic region where inference should run."""

    max_tokens: Required[int]
    """Upper bound on the number of tokens to generate. The model may stop earlier; limits differ per model."""

    metadata: MetadataParam
    """Information about the request, such as an opaque end-user identifier."""

    output_config: OutputConfigParam
    """Settings that shape the output, such as effort or a JSON output format."""

    service_tier: Literal["auto", "standard_only"]
    """Which capacity tier may serve the request."""

    stop_sequences: SequenceNotStr[str]
    """Extra strings that end generation when the model produces one of them."""

    stream: bool
    """When true, the reply is sent incrementally as server-sent events."""

    system: Union[str, Iterable[TextBlockParam]]
    """System prompt: instructions and context given to the model outside the conversation turns."""

    temperature: float
    """Randomness of sampling, from 0 to 1. Lower values give more predictable output, higher values more varied output."""

    thinking: ThinkingConfigParam
    """Extended thinking settings: whether the model reasons step by step before answering, and with what budget."""

    tool_choice: ToolChoiceParam
    """Whether and how the model must use the provided tools."""

    tools: Iterable[
        Union[
            ToolParam,
            BashTool20250124Param,
            CodeExecutionTool20250522Param,
            CodeExecutionTool20250825Param,
            CodeExecutionTool20260120Param,
            MemoryTool20250818Param,
            TextEditor20250124Param,
            TextEditor20250429Param,
            TextEditor20250728Param,
            WebSearchTool20250305Param,
            WebFetchTool20250910Param,
            WebSearchTool20260209Param,
            WebFetchTool20260209Param,
            ToolSearchToolBM2520251119Param,
            ToolSearchToolRegex20251119Param,
        ]
    ]
    """Tools the model may call, either custom tools described by a JSON Schema or built-in tools."""

    top_k: int
    """Sample only from the k most likely tokens. For advanced use; usually temperature is enough."""

    top_p: float
    """Nucleus sampling: sample only from the smallest set of tokens whose probabilities add up to p."""
