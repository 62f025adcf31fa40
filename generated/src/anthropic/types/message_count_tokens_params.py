# Generated from #/paths/~1v1~1messages~1count_tokens/post/x-params; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Iterable

from typing_extensions import Required, TypedDict

from .model_param import ModelParam
from .message_param import MessageParam
from .text_block_param import TextBlockParam
from .tool_choice_param import ToolChoiceParam
from .output_config_param import OutputConfigParam
from .thinking_config_param import ThinkingConfigParam
from .message_count_tokens_tool_param import MessageCountTokensToolParam

__all__ = [
    "MessageCountTokensParams",
]


class MessageCountTokensParams(TypedDict, total=False):
    messages: Required[Iterable[MessageParam]]
    """The conversation so far, as alternating user and assistant turns. A final assistant turn is treated as the start of the reply, which the model continues."""

    model: Required[ModelParam]
    """The model that should produce the reply."""

    output_config: OutputConfigParam
    """Settings that shape the output, such as effort or a JSON output format."""

    system: Union[str, Iterable[TextBlockParam]]
    """System prompt: instructions and context given to the model outside the conversation turns."""

    thinking: ThinkingConfigParam
    """Extended thinking settings: whether the model reasons step by step before answering, and with what budget."""

    tool_choice: ToolChoiceParam
    """Whether and how the model must use the provided tools."""

    tools: Iterable[MessageCountTokensToolParam]
    """Tools the model may call, either custom tools described by a JSON Schema or built-in tools."""
