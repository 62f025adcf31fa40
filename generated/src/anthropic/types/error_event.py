# Generated from #/components/schemas/ErrorEvent; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union

from pydantic import Discriminator
from typing_extensions import Literal, Annotated

from .._utils import PropertyInfo
from .._models import BaseModel
from .shared.billing_error import BillingError
from .shared.not_found_error import NotFoundError
from .shared.api_error_object import APIErrorObject
from .shared.overloaded_error import OverloadedError
from .shared.permission_error import PermissionError
from .shared.rate_limit_error import RateLimitError
from .shared.authentication_error import AuthenticationError
from .shared.gateway_timeout_error import GatewayTimeoutError
from .shared.invalid_request_error import InvalidRequestError

__all__ = [
    "ErrorEvent",
]


class ErrorEvent(BaseModel):
    """Stream event signalling that an error happened while streaming."""

    type: Literal["error"]

    error: Annotated[
        Union[
            InvalidRequestError,
            AuthenticationError,
            BillingError,
            PermissionError,
            NotFoundError,
            RateLimitError,
            GatewayTimeoutError,
            APIErrorObject,
            OverloadedError,
        ],
        PropertyInfo(discriminator="type"),
        Discriminator("type"),
    ]
