# Generated from #/components/schemas/BetaMessageBatchIndividualRequestParams; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .beta_create_message_params_param import BetaCreateMessageParamsParam

__all__ = [
    "BetaMessageBatchIndividualRequestParamsParam",
]


class BetaMessageBatchIndividualRequestParamsParam(TypedDict, total=False):
    """One request of a batch: a caller-chosen ID and the message parameters. Part of the beta API."""

    custom_id: Required[str]
    """Caller-chosen ID, unique within the batch, used to match results to requests."""

    params: Required[BetaCreateMessageParamsParam]
    """The message creation parameters of this request."""
