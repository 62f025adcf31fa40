# Generated from #/components/schemas/BetaMessageBatchIndividualResponse; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated

from ...._utils import PropertyInfo
from ...._models import BaseModel
from ..beta_errored_result import BetaErroredResult
from ..beta_expired_result import BetaExpiredResult
from ..beta_canceled_result import BetaCanceledResult
from ..beta_succeeded_result import BetaSucceededResult

__all__ = [
    "BetaMessageBatchIndividualResponse",
]


class BetaMessageBatchIndividualResponse(BaseModel):
    """The outcome of one batch request, keyed by its `custom_id`; one line of the results file. Part of the beta API."""

    custom_id: str

    result: Annotated[
        Union[BetaSucceededResult, BetaErroredResult, BetaCanceledResult, BetaExpiredResult],
        PropertyInfo(discriminator="type"),
    ]
