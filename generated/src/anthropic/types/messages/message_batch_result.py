# Generated from #/components/schemas/MessageBatchIndividualResponse/properties/result; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union

from pydantic import Discriminator
from typing_extensions import Annotated, TypeAlias

from ..._utils import PropertyInfo
from .message_batch_errored_result import MessageBatchErroredResult
from .message_batch_expired_result import MessageBatchExpiredResult
from .message_batch_canceled_result import MessageBatchCanceledResult
from .message_batch_succeeded_result import MessageBatchSucceededResult

__all__ = [
    "MessageBatchResult",
]


MessageBatchResult: TypeAlias = Annotated[
    Union[
        MessageBatchSucceededResult, MessageBatchErroredResult, MessageBatchCanceledResult, MessageBatchExpiredResult
    ],
    PropertyInfo(discriminator="type"),
    Discriminator("type"),
]
