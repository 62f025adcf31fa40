# Generated from #/paths/~1v1~1messages~1batches?beta=true/post/x-params; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Iterable

from typing_extensions import Required, TypedDict

from ...anthropic_beta_param import AnthropicBetaParam
from ..beta_message_batch_individual_request_params_param import BetaMessageBatchIndividualRequestParamsParam

__all__ = [
    "BatchCreateParams",
]


class BatchCreateParams(TypedDict, total=False):
    betas: Iterable[AnthropicBetaParam]
    """Beta features to enable for this request. Several values may be given; they are sent as one comma-separated header."""

    requests: Required[Iterable[BetaMessageBatchIndividualRequestParamsParam]]
