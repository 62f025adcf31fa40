# Generated from #/components/schemas/ErrorResponse; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union, Optional

from typing_extensions import Literal, Annotated

from ..._utils import PropertyInfo
from ..._models import BaseModel
from .billing_error import BillingError
from .not_found_error import NotFoundError
from .api_error_object import APIErrorObject
from .overloaded_error import OverloadedError
from .permission_error import PermissionError
from .rate_limit_error import RateLimitError
from .authentication_error import AuthenticationError
from .gateway_timeout_error import GatewayTimeoutError
from .invalid_request_error import InvalidRequestError

__all__ = [
    "ErrorResponse",
]


class ErrorResponse(BaseModel):
    """Body of an error response."""

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
    ]

    request_id: Optional[str] = None

    type: Literal["error"]
