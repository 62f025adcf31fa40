# Generated from #/paths/~1v1~1messages/post/x-params; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .._types import SequenceNotStr
from .model_param import ModelParam
from .message_param import MessageParam
from .metadata_param import MetadataParam
from .text_block_param import TextBlockParam
from .tool_union_param import ToolUnionParam
from .tool_choice_param import ToolChoiceParam
from .output_config_param import OutputConfigParam
from .thinking_config_param import ThinkingConfigParam

__all__ = [
    "MessageCreateParams",
]


class MessageCreateParams(TypedDict, total=False):
    model: Required[ModelParam]
    """The model that should produce the reply."""

    messages: Required[Iterable[MessageParam]]
    """The conversation so far, as alternating user and assistant turns. A final assistant turn is treated as the start of the reply, which the model continues."""

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

    tools: Iterable[ToolUnionParam]
    """Tools the model may call, either custom tools described by a JSON Schema or built-in tools."""

    top_k: int
    """Sample only from the k most likely tokens. For advanced use; usually temperature is enough."""

    top_p: float
    """Nucleus sampling: sample only from the smallest set of tokens whose probabilities add up to p."""
