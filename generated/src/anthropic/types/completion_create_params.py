# Generated from #/paths/~1v1~1complete/post/x-params; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Iterable

from typing_extensions import Required, TypedDict

from .._types import SequenceNotStr
from .model_param import ModelParam
from .metadata_param import MetadataParam
from .anthropic_beta_param import AnthropicBetaParam

__all__ = [
    "CompletionCreateParams",
]


class CompletionCreateParams(TypedDict, total=False):
    betas: Iterable[AnthropicBetaParam]
    """Beta features to enable for this request. Several values may be given; they are sent as one comma-separated header."""

    model: Required[ModelParam]
    """The model that should complete the prompt."""

    prompt: Required[str]
    """The prompt text, formatted with alternating Human and Assistant turns."""

    max_tokens_to_sample: Required[int]
    """Upper bound on the number of tokens to generate."""

    stop_sequences: SequenceNotStr[str]
    """Extra strings that end generation when produced."""

    temperature: float
    """Randomness of sampling, from 0 to 1."""

    top_p: float
    """Nucleus sampling threshold."""

    top_k: int
    """Sample only from the k most likely tokens."""

    metadata: MetadataParam
    """Information about the request, such as an opaque end-user identifier."""

    stream: bool
    """When true, the completion is sent incrementally as server-sent events."""
