# Generated from #/components/schemas/BetaErrorEvent; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union

from pydantic import Discriminator
from typing_extensions import Literal, Annotated

from ..._utils import PropertyInfo
from ..._models import BaseModel
from ..beta_api_error import BetaAPIError
from ..beta_billing_error import BetaBillingError
from ..beta_not_found_error import BetaNotFoundError
from ..beta_overloaded_error import BetaOverloadedError
from ..beta_permission_error import BetaPermissionError
from ..beta_rate_limit_error import BetaRateLimitError
from ..beta_authentication_error import BetaAuthenticationError
from ..beta_gateway_timeout_error import BetaGatewayTimeoutError
from ..beta_invalid_request_error import BetaInvalidRequestError

__all__ = [
    "BetaErrorEvent",
]


class BetaErrorEvent(BaseModel):
    """Stream event signalling that an error happened while streaming. Part of the beta API."""

    type: Literal["error"]

    error: Annotated[
        Union[
            BetaInvalidRequestError,
            BetaAuthenticationError,
            BetaBillingError,
            BetaPermissionError,
            BetaNotFoundError,
            BetaRateLimitError,
            BetaGatewayTimeoutError,
            BetaAPIError,
            BetaOverloadedError,
        ],
        PropertyInfo(discriminator="type"),
        Discriminator("type"),
    ]
