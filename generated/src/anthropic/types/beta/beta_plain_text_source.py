# Generated from #/components/schemas/BetaPlainTextSource; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param

if TYPE_CHECKING:
    from .beta_plain_text_source_param import BetaPlainTextSourceParam

__all__ = [
    "BetaPlainTextSource",
]


class BetaPlainTextSource(BaseModel):
    """Document content given as plain text. Part of the beta API."""

    data: str

    media_type: Literal["text/plain"]

    type: Literal["text"]

    def to_param(self) -> BetaPlainTextSourceParam:
        """This object as the request type `BetaPlainTextSourceParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaPlainTextSourceParam",
            model_to_param(
                self,
                ("data", "media_type", "type"),
                (),
            ),
        )
