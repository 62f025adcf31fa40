# Generated from #/components/schemas/MessageBatchIndividualResponse; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated

from ..._utils import PropertyInfo
from ..._models import BaseModel
from ..errored_result import ErroredResult
from ..expired_result import ExpiredResult
from ..canceled_result import CanceledResult
from ..succeeded_result import SucceededResult

__all__ = [
    "MessageBatchIndividualResponse",
]


class MessageBatchIndividualResponse(BaseModel):
    """The outcome of one batch request, keyed by its `custom_id`; one line of the results file."""

    custom_id: str

    result: Annotated[
        Union[SucceededResult, ErroredResult, CanceledResult, ExpiredResult], PropertyInfo(discriminator="type")
    ]
