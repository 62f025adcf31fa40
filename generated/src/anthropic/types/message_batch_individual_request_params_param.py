# Generated from #/components/schemas/MessageBatchIndividualRequestParams; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .create_message_params_param import CreateMessageParamsParam

__all__ = [
    "MessageBatchIndividualRequestParamsParam",
]


class MessageBatchIndividualRequestParamsParam(TypedDict, total=False):
    """One request of a batch: a caller-chosen ID and the message parameters."""

    custom_id: Required[str]
    """Caller-chosen ID, unique within the batch, used to match results to requests."""

    params: Required[CreateMessageParamsParam]
    """The message creation parameters of this request."""
